package dev.vlb.engine.bootstrap.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Samples of photographs as the benchmark readers hand them to the planner, and how stages end. */
final class PlanSamples {

  /** The planner reads only the image's size; its bytes only travel. */
  static final Image PHOTO = Image.png(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 640, 480);

  static final List<String> CUT_OUTS = List.of("ball", "cup", "box", "bottle");

  private PlanSamples() {}

  static Sample choice() {
    return new Sample("mmbench-1017", PHOTO, "", "What is the man on the beach holding?",
        List.of("an umbrella", "a red kite", "a dog leash", "a surfboard"), "B", TaskType.MULTIPLE_CHOICE, null);
  }

  static Sample yesNo() {
    return new Sample("mme-existence-42", PHOTO, "", "Is there a kite in the image? Please answer yes or no.",
        List.of(), "Yes", TaskType.YES_NO, null);
  }

  static Sample noDog() {
    return new Sample("mme-existence-43", PHOTO, "", "Is there a dog on the beach?",
        List.of(), "No", TaskType.YES_NO, null);
  }

  static Sample count() {
    return new Sample("seed-883", PHOTO, "", "How many people are on the beach?", List.of(), "3",
        TaskType.SHORT_ANSWER, null);
  }

  static <T> T result(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** What a stage failed with, unwrapped from the future's own exception. */
  static Throwable failure(CompletionStage<?> stage) {
    Throwable thrown = catchThrowable(() -> stage.toCompletableFuture().get(10, TimeUnit.SECONDS));
    assertThat(thrown).isInstanceOf(ExecutionException.class);
    return thrown.getCause();
  }
}
