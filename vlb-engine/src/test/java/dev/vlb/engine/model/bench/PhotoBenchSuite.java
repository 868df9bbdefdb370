package dev.vlb.engine.model.bench;

import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.REPHRASE;
import static dev.vlb.api.QuestionStrategy.WORD_SUBSTITUTION;

import dev.vlb.api.Benchmark;
import dev.vlb.api.QuestionBootstraps;

/**
 * {@link PhotoItems}' JSONL items, each with an 84 KB PNG, paired with the offline question strategies:
 * vanilla, L1, L2 and L4 ask about the same image. For the end-to-end benchmark only (not named ...Tests).
 */
@Benchmark(dataset = "jsonl", source = PhotoItems.SOURCE, seed = 7)
@QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, IRRELEVANT_CONTEXT})
class PhotoBenchSuite {}
