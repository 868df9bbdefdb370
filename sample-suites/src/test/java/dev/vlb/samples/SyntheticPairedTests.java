package dev.vlb.samples;

import static dev.vlb.api.ImageStrategy.ADD_OBJECT;
import static dev.vlb.api.ImageStrategy.OUTPAINT;
import static dev.vlb.api.ImageStrategy.REMOVE_OBJECT;
import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.RELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.REPHRASE;
import static dev.vlb.api.QuestionStrategy.WORD_SUBSTITUTION;

import dev.vlb.api.Benchmark;
import dev.vlb.api.Composition;
import dev.vlb.api.CompositionMode;
import dev.vlb.api.Gate;
import dev.vlb.api.ImageBootstraps;
import dev.vlb.api.QuestionBootstraps;

/**
 * The default sample: 100 items of the offline synthetic world, each in the 20 paired compositions of
 * the VLB paper (every image strategy or none x every question strategy or none), answered by the
 * embedded reference model unless {@code vlb.model.url} points at a real one.
 */
@Benchmark(dataset = "synthetic", limit = 100, seed = 7)
@ImageBootstraps({ADD_OBJECT, REMOVE_OBJECT, OUTPAINT})
@QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, RELEVANT_CONTEXT, IRRELEVANT_CONTEXT})
@Composition(CompositionMode.PAIRED)
@Gate(minPassRate = 0.5, maxDropVsVanilla = 0.4)
class SyntheticPairedTests {}
