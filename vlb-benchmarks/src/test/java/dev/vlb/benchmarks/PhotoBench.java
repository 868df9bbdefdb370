package dev.vlb.benchmarks;

import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.REPHRASE;
import static dev.vlb.api.QuestionStrategy.WORD_SUBSTITUTION;

import dev.vlb.api.Benchmark;
import dev.vlb.api.QuestionBootstraps;

/**
 * The image workload: {@link PhotoItems}' JSONL items ({@code bench.items}, 2,000 by default), each with
 * an 84 KB PNG, paired with the offline question strategies, so that vanilla, L1, L2 and L4 ask about
 * the same image. Surefire runs it by default under {@code -Pbench}.
 */
@Benchmark(dataset = "jsonl", source = PhotoItems.SOURCE, seed = 7)
@QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, IRRELEVANT_CONTEXT})
class PhotoBench {}
