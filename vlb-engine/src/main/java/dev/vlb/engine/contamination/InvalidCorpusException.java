package dev.vlb.engine.contamination;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/** A corpus manifest with lines that do not describe an image; each is named with its line number. */
@API(status = INTERNAL, since = "0.1")
public final class InvalidCorpusException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  InvalidCorpusException(Path manifest, List<String> problems) {
    super("Corpus manifest " + manifest + " has " + problems.size() + (problems.size() == 1 ? " bad line" : " bad lines")
        + ":\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One entry per bad line, e.g. {@code line 3: field 'image' is missing}. */
  public List<String> problems() {
    return problems;
  }
}
