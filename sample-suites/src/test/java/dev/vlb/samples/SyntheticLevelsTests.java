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
import dev.vlb.api.ImageBootstraps;
import dev.vlb.api.QuestionBootstraps;

/**
 * Multi-strategy composition: stacks of up to three hardening (or easing) strategies, reported per
 * difficulty level (level = #harder - #easier). Accuracy should fall as the level rises.
 */
@Benchmark(dataset = "synthetic", limit = 100, seed = 11)
@ImageBootstraps({ADD_OBJECT, REMOVE_OBJECT, OUTPAINT})
@QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, RELEVANT_CONTEXT, IRRELEVANT_CONTEXT})
@Composition(value = CompositionMode.MULTI_STRATEGY, maxLevel = 3)
class SyntheticLevelsTests {}
