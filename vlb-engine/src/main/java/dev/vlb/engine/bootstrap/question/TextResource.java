package dev.vlb.engine.bootstrap.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A shipped text table next to these classes: one entry per line, {@code #} comments and blanks skipped. */
record TextResource(String name, List<Line> lines) {

  /** One meaningful line with its 1-based number, so table errors can name it. */
  record Line(int number, String text) {}

  static TextResource load(String name) {
    InputStream in = TextResource.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + where(name));
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Line> lines = new ArrayList<>();
      int number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        String stripped = text.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(new Line(number, stripped));
        }
      }
      return new TextResource(name, List.copyOf(lines));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + where(name), e);
    }
  }

  IllegalStateException malformed(Line line, String problem) {
    return new IllegalStateException(where(name) + " line " + line.number() + ": " + problem);
  }

  private static String where(String name) {
    return TextResource.class.getPackageName().replace('.', '/') + "/" + name;
  }
}
