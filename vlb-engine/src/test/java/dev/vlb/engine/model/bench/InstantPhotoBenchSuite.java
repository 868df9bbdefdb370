package dev.vlb.engine.model.bench;

import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.REPHRASE;
import static dev.vlb.api.QuestionStrategy.WORD_SUBSTITUTION;

import dev.vlb.api.Benchmark;
import dev.vlb.api.QuestionBootstraps;

/** {@link PhotoBenchSuite} answered by {@link InstantModel}: the engine's CPU-bound rate on photo items. */
@Benchmark(dataset = "jsonl", source = PhotoItems.SOURCE, seed = 7, model = InstantModel.class)
@QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, IRRELEVANT_CONTEXT})
class InstantPhotoBenchSuite {}
