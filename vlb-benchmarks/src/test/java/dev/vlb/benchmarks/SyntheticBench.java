package dev.vlb.benchmarks;

import static dev.vlb.api.ImageStrategy.ADD_OBJECT;
import static dev.vlb.api.ImageStrategy.OUTPAINT;
import static dev.vlb.api.ImageStrategy.REMOVE_OBJECT;
import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.RELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.REPHRASE;
import static dev.vlb.api.QuestionStrategy.WORD_SUBSTITUTION;

import dev.vlb.api.Benchmark;
import dev.vlb.api.ImageBootstraps;
import dev.vlb.api.QuestionBootstraps;

/** The default sample suite's shape: 100 synthetic items in the 20 paired compositions ({@code -Dtest=SyntheticBench}). */
@Benchmark(dataset = "synthetic", limit = 100, seed = 7)
@ImageBootstraps({ADD_OBJECT, REMOVE_OBJECT, OUTPAINT})
@QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, RELEVANT_CONTEXT, IRRELEVANT_CONTEXT})
class SyntheticBench {}
