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

/**
 * Scale: 10,000 synthetic items in the 20 paired compositions, 200,000 variants
 * ({@code -Dtest=ScaleBench}); discovery, tree and journal at the size of a full MMBench run and more.
 */
@Benchmark(dataset = "synthetic", limit = 10_000, seed = 7)
@ImageBootstraps({ADD_OBJECT, REMOVE_OBJECT, OUTPAINT})
@QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, RELEVANT_CONTEXT, IRRELEVANT_CONTEXT})
class ScaleBench {}
