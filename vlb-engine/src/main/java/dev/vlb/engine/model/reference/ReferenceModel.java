package dev.vlb.engine.model.reference;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.VisionLanguageModel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The embedded demo model for the synthetic world. It answers from the query alone, never from ground
 * truth: it decodes the PNG, finds palette-coloured regions and names their shapes, reads the
 * question against the canonical templates with a small vocabulary, and answers in the asked form.
 * Its mistakes come from its mechanism (a minimum object size, merged same-colour regions, a context
 * window shared by text and image, unknown words filled from salience), so they grow with the
 * difficulty of VLB variants the way a real model's do. Deterministic and thread-safe.
 */
final class ReferenceModel implements VisionLanguageModel {

  private ReferenceModel() {}

  public static ReferenceModel create() {
    return new ReferenceModel();
  }

  @Override
  public String name() {
    return "vlb-reference (demo model)";
  }

  @Override
  public CompletionStage<ModelReply> ask(ModelQuery query) {
    long started = System.nanoTime();
    try {
      String text = answer(query);
      return CompletableFuture.completedFuture(ModelReply.of(text, Duration.ofNanos(System.nanoTime() - started)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static String answer(ModelQuery query) {
    Prompt prompt = PromptReader.read(query.prompt());
    Image asked = query.image()
        .orElseThrow(() -> new IllegalArgumentException("The reference model answers questions about an image; this query has none"));
    Raster image = Raster.decode(asked.bytes());
    double scale = ContextWindow.imageScale(image.width(), image.height(), prompt.tokens());
    ContextPrior prior = ContextPrior.read(prompt.context());
    PerceivedScene scene = Perception.perceive(image, scale, prior);
    Question question = QuestionParser.parse(prompt.question(), new Salience(prior, scene));
    return Answers.express(question.answer(scene, prompt.options()), prompt);
  }
}
