package dev.vlb.engine.dataset;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.api.spi.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Our own format for custom benchmarks: one JSON object per line with
 * <ul>
 *   <li>{@code id} (string or number, unique), {@code question}, {@code answer};
 *   <li>{@code image}: a path relative to the file's folder when it ends in {@code .png}, {@code .jpg}
 *       or {@code .jpeg}, otherwise base64 (or a {@code data:} URL);
 *   <li>{@code type}: {@code yes_no}, {@code multiple_choice}, {@code short_answer} or
 *       {@code open_ended};
 *   <li>optional {@code choices} (option texts, for multiple choice, with {@code answer} a letter),
 *       {@code category} and {@code context} (text put before the question).
 * </ul>
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonlDataset implements Dataset {

  private static final Pattern IMAGE_PATH = Pattern.compile("(?i).+\\.(png|jpe?g)");

  @Override
  public String id() {
    return "jsonl";
  }

  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    Path file = DatasetPaths.resolve(source.location());
    Path folder = DatasetPaths.parent(file);
    ImageLoader loader = ImageLoader.from(source);
    return JsonEntries.lines(file, source.limit(), (key, record, origin) -> entry(record, origin, folder, loader));
  }

  private static DatasetEntry entry(JsonNode record, Origin origin, Path folder, ImageLoader loader) {
    String id = JsonEntries.text(record, "id").strip();
    if (id.isEmpty()) {
      return new MalformedEntry(origin.toString(), origin, "field 'id' is missing");
    }
    String question = JsonEntries.text(record, "question").strip();
    String image = JsonEntries.text(record, "image").strip();
    String answer = JsonEntries.text(record, "answer").strip();
    String missing = question.isEmpty() ? "question" : image.isEmpty() ? "image" : answer.isEmpty() ? "answer" : "";
    if (!missing.isEmpty()) {
      return new MalformedEntry(id, origin, "field '" + missing + "' is missing");
    }
    Optional<TaskType> type = type(JsonEntries.text(record, "type"));
    if (type.isEmpty()) {
      return new MalformedEntry(id, origin, "field 'type' is '" + JsonEntries.text(record, "type")
          + "', expected yes_no, multiple_choice, short_answer or open_ended");
    }
    List<String> choices = choices(record.get("choices"));
    Optional<String> problem = problem(type.get(), choices, answer);
    if (problem.isPresent()) {
      return new MalformedEntry(id, origin, problem.get());
    }
    String where = origin + " (id " + id + ")";
    return new Item(
        id,
        origin,
        JsonEntries.text(record, "context"),
        question,
        choices,
        canonicalAnswer(type.get(), answer),
        type.get(),
        JsonEntries.text(record, "category"),
        Map.of(),
        IMAGE_PATH.matcher(image).matches() ? loader.file(folder, image, where) : () -> loader.base64(image, where),
        null);
  }

  private static Optional<TaskType> type(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (TaskType type : TaskType.values()) {
      if (type.name().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static List<String> choices(JsonNode field) {
    List<String> choices = new ArrayList<>();
    if (field != null && field.isArray()) {
      field.forEach(choice -> choices.add(choice.asText().strip()));
    }
    return choices;
  }

  private static Optional<String> problem(TaskType type, List<String> choices, String answer) {
    return switch (type) {
      case MULTIPLE_CHOICE -> Choices.problem(choices, answer);
      case YES_NO -> answer.equalsIgnoreCase("yes") || answer.equalsIgnoreCase("no")
          ? Optional.empty()
          : Optional.of("field 'answer' is '" + answer + "', not yes or no");
      case SHORT_ANSWER, OPEN_ENDED -> choices.isEmpty()
          ? Optional.empty()
          : Optional.of("field 'choices' is given for type " + type.name().toLowerCase(Locale.ROOT));
    };
  }

  private static String canonicalAnswer(TaskType type, String answer) {
    return switch (type) {
      case MULTIPLE_CHOICE -> answer.toUpperCase(Locale.ROOT);
      case YES_NO -> answer.equalsIgnoreCase("yes") ? "Yes" : "No";
      case SHORT_ANSWER, OPEN_ENDED -> answer;
    };
  }
}
