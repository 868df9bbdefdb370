package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.Strategy;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * Makes one bootstrapping step of a sample: a suite's or dataset's editor or rewriter, or the engine's
 * own planned edits and rewrites, which also say how they made it. Called on a worker thread; a maker
 * that calls a server returns before it answers.
 */
@API(status = INTERNAL, since = "0.1")
public interface StepMaker {

  /** Recorded with the steps it makes, e.g. the editor's class or {@code planner (...) + opencv}. */
  String name();

  boolean supports(Strategy step, Sample input);

  /**
   * The step made from {@code input}; the seed differs per attempt. Fails with a
   * {@link dev.vlb.api.spi.CannotBootstrapException} when no such step fits this sample (another attempt
   * may find one), with anything else when a server or the maker itself failed.
   */
  CompletionStage<Made> make(Strategy step, Sample input, long seed);

  /**
   * A step's sample with what a planner planned and what edit carried it out, as recorded in the results.
   */
  @API(status = INTERNAL, since = "0.1")
  record Made(Sample sample, Optional<JsonNode> plan, Optional<JsonNode> edit) {

    public Made {
      Objects.requireNonNull(sample, "sample");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(edit, "edit");
    }

    public static Made of(Sample sample) {
      return new Made(sample, Optional.empty(), Optional.empty());
    }
  }

  /** A suite's or dataset's editor, which makes V1-V3 steps and records nothing more than the image. */
  static StepMaker of(ImageEditor editor) {
    return new ComponentMaker<>(editor.getClass().getName(), ImageStrategy.class, editor::supports, editor::editAsync);
  }

  /** A suite's, dataset's or the offline rewriter, which makes L1-L4 steps. */
  static StepMaker of(QuestionRewriter rewriter) {
    return new ComponentMaker<>(rewriter.getClass().getName(), QuestionStrategy.class, rewriter::supports,
        rewriter::rewriteAsync);
  }
}
