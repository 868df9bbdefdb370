package dev.vlb.engine.dataset;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.api.spi.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * MMBench's official TSV (also MMBench-CN, CCBench and SEEDBench_IMG in the same layout): columns
 * {@code index, question, hint, A..E, answer, category, l2-category, image}, the image as base64 or as
 * the index of an earlier (or later) row whose image it shares.
 *
 * <p>Items keep only the byte offset of their row; the image is read again from the file when loaded,
 * so streaming and holding items never holds images.
 */
@API(status = INTERNAL, since = "0.1")
public final class MmbenchDataset implements Dataset {

  private static final int MAX_OPTIONS = 5;

  @Override
  public String id() {
    return "mmbench";
  }

  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    Path file = DatasetPaths.resolve(source.location());
    try {
      TsvReader reader = TsvReader.open(file);
      TsvReader.Row header = reader.next();
      if (header == null) {
        reader.close();
        throw new DatasetException("MMBench TSV " + file + " is empty");
      }
      Columns columns = Columns.of(header, file);
      MmbenchImages images = new MmbenchImages(file, columns.index(), columns.image(), ImageLoader.from(source));
      return EntryStreams.of(() -> next(reader, columns, images, file), reader, source.limit(), file.toString());
    } catch (IOException e) {
      throw new DatasetException("Cannot read MMBench TSV " + file + ": " + e.getMessage(), e);
    }
  }

  private static DatasetEntry next(TsvReader reader, Columns columns, MmbenchImages images, Path file) throws IOException {
    TsvReader.Row row = reader.next();
    if (row == null) {
      return null;
    }
    Origin origin = Origin.of(file.toString(), row.line());
    String id = row.field(columns.index()).strip();
    if (id.isEmpty()) {
      return new MalformedEntry(origin.toString(), origin, "field 'index' is empty");
    }
    images.remember(id, row);
    return item(id, origin, row, columns, images);
  }

  private static DatasetEntry item(String id, Origin origin, TsvReader.Row row, Columns columns, MmbenchImages images) {
    String question = row.field(columns.question()).strip();
    if (question.isEmpty()) {
      return new MalformedEntry(id, origin, "field 'question' is empty");
    }
    List<String> options = columns.options().stream().map(row::field).toList();
    Optional<String> gap = Choices.gap(options);
    if (gap.isPresent()) {
      return new MalformedEntry(id, origin, gap.get());
    }
    List<String> choices = Choices.given(options).stream().map(String::strip).toList();
    String answer = row.field(columns.answer());
    Optional<String> problem = Choices.problem(choices, answer);
    if (problem.isPresent()) {
      return new MalformedEntry(id, origin, problem.get());
    }
    String hint = row.field(columns.hint());
    String category = row.field(columns.category()).strip();
    String l2 = row.field(columns.l2Category()).strip();
    return new Item(
        id,
        origin,
        Choices.isMissing(hint) ? "" : hint.strip(),
        question,
        choices,
        answer.strip().toUpperCase(Locale.ROOT),
        TaskType.MULTIPLE_CHOICE,
        Choices.isMissing(category) ? "" : category,
        Choices.isMissing(l2) ? Map.of() : Map.of("l2-category", l2),
        images.source(id, row.offset(), row.line()),
        null);
  }

  /** Column positions by header name; -1 for an optional column that is absent. */
  private record Columns(
      int index, int question, int hint, List<Integer> options, int answer, int category, int l2Category, int image) {

    static Columns of(TsvReader.Row header, Path file) throws DatasetException {
      List<String> names = header.fields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
      return new Columns(
          required(names, "index", file),
          required(names, "question", file),
          names.indexOf("hint"),
          Choices.optionColumns(names, MAX_OPTIONS),
          names.indexOf("answer"),
          names.indexOf("category"),
          names.indexOf("l2-category"),
          required(names, "image", file));
    }

    private static int required(List<String> names, String name, Path file) throws DatasetException {
      int column = names.indexOf(name);
      if (column < 0) {
        throw new DatasetException("MMBench TSV " + file + " has no column '" + name + "' in its header " + names);
      }
      return column;
    }
  }
}
