package dev.vlb.benchmarks;

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
 * {@link PhotoItems}' photographs with every strategy, each alone and paired (19 variants to generate
 * per item), answered by {@link InstantModel} so that generation is all that is measured. For the
 * generation benchmark only (not named ...Tests).
 */
@Benchmark(dataset = "jsonl", source = PhotoItems.SOURCE, seed = 7, model = InstantModel.class)
@ImageBootstraps({ADD_OBJECT, REMOVE_OBJECT, OUTPAINT})
@QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, RELEVANT_CONTEXT, IRRELEVANT_CONTEXT})
@Composition(CompositionMode.PAIRED)
class GenerationBenchSuite {}
