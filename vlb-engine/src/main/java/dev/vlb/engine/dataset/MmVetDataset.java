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
import java.util.Map;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * MM-Vet's JSON ({@code id -> imagename, capability, question, answer}) with its {@code images/}
 * folder. Items are open-ended; the category is the capability integration, e.g. {@code ocr,math}.
 */
@API(status = INTERNAL, since = "0.1")
public final class MmVetDataset implements Dataset {

  @Override
  public String id() {
    return "mmvet";
  }

  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    Path json = JsonDatasets.file(DatasetPaths.resolve(source.location()), "mm-vet.json");
    Path images = JsonDatasets.imageFolder(json, "images");
    ImageLoader loader = ImageLoader.from(source);
    return JsonEntries.members(json, source.limit(), (id, sample, origin) -> entry(id, sample, origin, images, loader));
  }

  private static DatasetEntry entry(String id, JsonNode sample, Origin origin, Path images, ImageLoader loader) {
    String question = JsonEntries.text(sample, "question").strip();
    String answer = JsonEntries.text(sample, "answer").strip();
    String image = JsonEntries.text(sample, "imagename").strip();
    String missing = question.isEmpty() ? "question" : answer.isEmpty() ? "answer" : image.isEmpty() ? "imagename" : "";
    if (!missing.isEmpty()) {
      return new MalformedEntry(id, origin, "field '" + missing + "' is missing");
    }
    String capabilities = String.join(",", capabilities(sample.get("capability")));
    return new Item(
        id,
        origin,
        "",
        question,
        List.of(),
        answer,
        TaskType.OPEN_ENDED,
        capabilities,
        capabilities.isEmpty() ? Map.of() : Map.of("capability", capabilities),
        loader.file(images, image, origin + " (id " + id + ")"),
        null);
  }

  private static List<String> capabilities(JsonNode field) {
    List<String> capabilities = new ArrayList<>();
    if (field != null && field.isArray()) {
      field.forEach(capability -> capabilities.add(capability.asText().strip()));
    } else if (field != null && !field.isNull()) {
      capabilities.add(field.asText().strip());
    }
    return capabilities;
  }
}
