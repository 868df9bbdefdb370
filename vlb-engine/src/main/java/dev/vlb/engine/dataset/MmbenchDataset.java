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
  private static final IndexedTsv<Columns> TSV = new IndexedTsv<>("MMBench TSV", Columns::of, MmbenchDataset::item);

  @Override
  public String id() {
    return "mmbench";
  }

  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    return TSV.entries(source);
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
      int index, int question, int hint, List<Integer> options, int answer, int category, int l2Category, int image)
      implements IndexedTsv.Columns {

    static Columns of(IndexedTsv.Header header) throws DatasetException {
      return new Columns(
          header.required("index"),
          header.required("question"),
          header.optional("hint"),
          Choices.optionColumns(header.names(), MAX_OPTIONS),
          header.optional("answer"),
          header.optional("category"),
          header.optional("l2-category"),
          header.required("image"));
    }
  }
}
