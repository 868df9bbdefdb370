package dev.vlb.engine.scoring;

import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * Open-ended answers scored 0..1 by a grader model; correct from 0.5 on.
 *
 * @param sendImage whether the grader sees the image too; MM-Vet's and LLaVA-Bench's graders are
 *     text-only GPT-4, so by default it does not
 */
record GradedScorer(VisionLanguageModel grader, GradingPrompt prompt, boolean sendImage) implements Scorer {

  private static final double PASS = 0.5;
  private static final int EXCERPT = 200;

  @Override
  public Score score(Sample sample, String reply) {
    ModelReply graded;
    try {
      graded = grader.ask(query(sample, reply)).toCompletableFuture().join();
    } catch (CompletionException | CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new GradingException("Grader " + grader.name() + " failed on sample " + sample.id() + ": " + cause.getMessage(), cause);
    }
    GradingPrompt.Grade grade = prompt.parse(graded.text())
        .orElseThrow(() -> new GradingException(
            "Grader " + grader.name() + " gave no score for sample " + sample.id() + ": '" + excerpt(graded.text()) + "'", null));
    double value = Math.max(0.0, Math.min(1.0, grade.value()));
    return new Score(value >= PASS ? Score.Kind.CORRECT : Score.Kind.WRONG, value, "", grade.comment(), grade.raw());
  }

  private ModelQuery query(Sample sample, String reply) {
    String text = prompt.format(sample, reply);
    return sendImage ? new ModelQuery(sample.image(), text) : ModelQuery.textOnly(text);
  }

  private static String excerpt(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() > EXCERPT ? line.substring(0, EXCERPT) + "..." : line;
  }
}
