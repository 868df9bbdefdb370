package dev.vlb.engine.bootstrap.question;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import java.util.List;

/** Samples as the synthetic world and the benchmark readers hand them to rewriters. */
final class Samples {

  static final Image IMAGE = Image.png(new byte[] {1, 2, 3}, 320, 240);

  private Samples() {}

  static Sample yesNo(String question) {
    return new Sample("syn-0001", IMAGE, "", question, List.of(), "Yes", TaskType.YES_NO, null);
  }

  static Sample choice(String question, List<String> choices) {
    return new Sample("syn-0002", IMAGE, "", question, choices, "B", TaskType.MULTIPLE_CHOICE, null);
  }

  static Sample shortAnswer(String question) {
    return new Sample("syn-0003", IMAGE, "", question, List.of(), "3", TaskType.SHORT_ANSWER, null);
  }
}
