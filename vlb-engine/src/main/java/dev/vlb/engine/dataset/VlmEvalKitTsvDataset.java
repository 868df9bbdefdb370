package dev.vlb.engine.dataset;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Any TSV in the layout VLMEvalKit reads (id {@value #ID}): the bootstrapped sets the paper released
 * ({@code MMVet_Hard.tsv}, {@code LLaVABench_Hard.tsv}), frozen variant sets exported from a variant
 * store, or a benchmark's own TSV. Each row is one item.
 *
 * <p>Columns (header names, any case): {@code index} and {@code question} and {@code image} (base64,
 * or the index of another row whose image it shares) are required; {@code hint} is the context,
 * {@code A}, {@code B}... the options, {@code answer}, {@code category}; {@code o_question} (the
 * question before bootstrapping) and the columns this engine adds on export, {@code vlb_item} (the
 * original item's id), {@code vlb_chain} (e.g. {@code V1+L4}), {@code vlb_key} (the variant key), are
 * kept as attributes {@code o_question}, {@code item}, {@code variant}, {@code variant-key}.
 *
 * <p>The task type is {@code vlb_type} when given ({@code MULTIPLE_CHOICE}...); otherwise a row with
 * options is multiple choice, one answered yes or no is yes/no, any other open-ended. VLMEvalKit shows
 * the hint only for multiple choice, so exports put the context of other rows before the question
 * ({@code context + "\n\n" + question}, {@link #CONTEXT_SEPARATOR}); such a prefix equal to the hint is
 * taken off again here. Text fields are kept as written, not stripped, so that a set read back asks
 * exactly what it held.
 */
@API(status = INTERNAL, since = "0.1")
public final class VlmEvalKitTsvDataset implements Dataset {

  public static final String ID = "vlmevalkit-tsv";

  public static final String INDEX = "index";
  public static final String QUESTION = "question";
  public static final String HINT = "hint";
  public static final String ANSWER = "answer";
  public static final String CATEGORY = "category";
  public static final String ORIGINAL_QUESTION = "o_question";
  public static final String IMAGE = "image";
  public static final String ITEM = "vlb_item";
  public static final String CHAIN = "vlb_chain";
  public static final String TYPE = "vlb_type";
  public static final String KEY = "vlb_key";

  /** Between the context and the question of a row that is not multiple choice. */
  public static final String CONTEXT_SEPARATOR = "\n\n";

  private static final Map<String, String> ATTRIBUTES =
      Map.of(ORIGINAL_QUESTION, "o_question", ITEM, "item", CHAIN, "variant", KEY, "variant-key");
  private static final IndexedTsv<Columns> TSV = new IndexedTsv<>("VLMEvalKit TSV", Columns::of, VlmEvalKitTsvDataset::item);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    return TSV.entries(source);
  }

  private static DatasetEntry item(String id, Origin origin, TsvReader.Row row, Columns columns, MmbenchImages images) {
    String question = row.field(columns.question());
    if (Choices.isMissing(question)) {
      return new MalformedEntry(id, origin, "field 'question' is empty");
    }
    List<String> options = columns.options().stream().map(row::field).toList();
    Optional<String> gap = Choices.gap(options);
    if (gap.isPresent()) {
      return new MalformedEntry(id, origin, gap.get());
    }
    List<String> choices = Choices.given(options);
    String answer = row.field(columns.answer());
    Optional<TaskType> type = type(row.field(columns.type()), choices, answer);
    if (type.isEmpty()) {
      return new MalformedEntry(id, origin, "field '" + TYPE + "' is '" + row.field(columns.type()).strip()
          + "', not one of " + List.of(TaskType.values()));
    }
    Optional<String> problem = type.get() == TaskType.MULTIPLE_CHOICE
        ? Choices.problem(choices, answer)
        : Choices.isMissing(answer) ? Optional.of("field 'answer' is missing") : Optional.empty();
    if (problem.isPresent()) {
      return new MalformedEntry(id, origin, problem.get());
    }
    String hint = Choices.isMissing(row.field(columns.hint())) ? "" : row.field(columns.hint());
    String prefix = hint + CONTEXT_SEPARATOR;
    if (type.get() != TaskType.MULTIPLE_CHOICE && !hint.isEmpty() && question.startsWith(prefix)) {
      question = question.substring(prefix.length());
    }
    String category = row.field(columns.category());
    return new Item(
        id,
        origin,
        hint,
        question,
        type.get() == TaskType.MULTIPLE_CHOICE ? choices : List.of(),
        type.get() == TaskType.MULTIPLE_CHOICE ? answer.strip().toUpperCase(Locale.ROOT) : answer,
        type.get(),
        Choices.isMissing(category) ? "" : category.strip(),
        attributes(row, columns),
        images.source(id, row.offset(), row.line()),
        null);
  }

  /** The declared type, or the one the row's options and answer imply; empty for an unknown name. */
  private static Optional<TaskType> type(String declared, List<String> choices, String answer) {
    if (!Choices.isMissing(declared)) {
      try {
        return Optional.of(TaskType.valueOf(declared.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    if (!choices.isEmpty()) {
      return Optional.of(TaskType.MULTIPLE_CHOICE);
    }
    String stripped = answer.strip();
    return Optional.of(stripped.equalsIgnoreCase("yes") || stripped.equalsIgnoreCase("no") ? TaskType.YES_NO : TaskType.OPEN_ENDED);
  }

  private static Map<String, String> attributes(TsvReader.Row row, Columns columns) {
    Map<String, String> attributes = new HashMap<>();
    columns.attributes().forEach((column, name) -> {
      String value = row.field(column);
      if (!Choices.isMissing(value)) {
        attributes.put(name, value);
      }
    });
    return attributes;
  }

  /** Column positions by header name; -1 for an optional column that is absent. */
  private record Columns(
      int index, int question, int hint, List<Integer> options, int answer, int category, int type, int image,
      Map<Integer, String> attributes) implements IndexedTsv.Columns {

    static Columns of(IndexedTsv.Header header) throws DatasetException {
      Map<Integer, String> attributes = new HashMap<>();
      ATTRIBUTES.forEach((column, name) -> {
        int position = header.optional(column);
        if (position >= 0) {
          attributes.put(position, name);
        }
      });
      return new Columns(
          header.required(INDEX),
          header.required(QUESTION),
          header.optional(HINT),
          Choices.optionColumns(header.names(), OptionLetter.MAX_OPTIONS),
          header.optional(ANSWER),
          header.optional(CATEGORY),
          header.optional(TYPE),
          header.required(IMAGE),
          Map.copyOf(attributes));
    }
  }
}
