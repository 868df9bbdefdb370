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
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * SEED-Bench's JSON ({@code questions} with {@code question_id, question, choice_a..choice_d, answer,
 * data_id, question_type_id, data_type}) and its image folder ({@code SEED-Bench-image/} or
 * {@code images/} beside the JSON). Video questions are skipped with one warning.
 */
@API(status = INTERNAL, since = "0.1")
public final class SeedBenchDataset implements Dataset {

  private static final System.Logger LOG = System.getLogger(SeedBenchDataset.class.getName());
  private static final List<String> CHOICE_FIELDS = List.of("choice_a", "choice_b", "choice_c", "choice_d");

  @Override
  public String id() {
    return "seedbench";
  }

  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    Path json = JsonDatasets.file(DatasetPaths.resolve(source.location()), "SEED-Bench.json");
    Path images = JsonDatasets.imageFolder(json, "SEED-Bench-image", "images");
    ImageLoader loader = ImageLoader.from(source);
    Map<String, String> typeNames = new ConcurrentHashMap<>();
    AtomicInteger videos = new AtomicInteger();
    return JsonEntries.arrayElements(
            json,
            "questions",
            source.limit(),
            (field, value) -> {
              if (field.equals("question_type")) {
                value.properties().forEach(type -> typeNames.put(type.getValue().asText(), type.getKey()));
              }
            },
            (key, question, origin) -> {
              if (!JsonEntries.text(question, "data_type").toLowerCase(Locale.ROOT).matches("|image")) {
                videos.incrementAndGet();
                return null;
              }
              return entry(question, origin, typeNames, images, loader);
            })
        .onClose(() -> {
          if (videos.get() > 0) {
            LOG.log(Level.WARNING, "SEED-Bench {0}: skipped {1} video question(s); only image questions are evaluated", json, videos.get());
          }
        });
  }

  private static DatasetEntry entry(JsonNode question, Origin origin, Map<String, String> typeNames, Path images, ImageLoader loader) {
    String id = JsonEntries.text(question, "question_id");
    if (id.isBlank()) {
      return new MalformedEntry(origin.toString(), origin, "field 'question_id' is missing");
    }
    List<String> choices = new ArrayList<>();
    CHOICE_FIELDS.stream().map(field -> JsonEntries.text(question, field).strip()).filter(choice -> !choice.isEmpty()).forEach(choices::add);
    String answer = JsonEntries.text(question, "answer");
    Optional<String> problem = Choices.problem(choices, answer);
    String dataId = JsonEntries.text(question, "data_id");
    if (problem.isEmpty() && dataId.isBlank()) {
      problem = Optional.of("field 'data_id' (the image file) is missing");
    }
    if (problem.isPresent()) {
      return new MalformedEntry(id, origin, problem.get());
    }
    String typeId = JsonEntries.text(question, "question_type_id");
    return new Item(
        id,
        origin,
        "",
        JsonEntries.text(question, "question").strip(),
        choices,
        answer.strip().toUpperCase(Locale.ROOT),
        TaskType.MULTIPLE_CHOICE,
        typeNames.getOrDefault(typeId, typeId),
        typeId.isEmpty() ? Map.of() : Map.of("question_type_id", typeId),
        loader.file(images, JsonDatasets.imageFile(images, dataId), origin + " (question_id " + id + ")"),
        null);
  }
}
