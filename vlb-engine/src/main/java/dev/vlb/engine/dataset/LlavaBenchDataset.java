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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * LLaVA-Bench (in-the-wild): {@code questions.jsonl}, the GPT-4 reference answers in
 * {@code answers_gpt4.jsonl}, image captions in {@code context.jsonl} (optional) and {@code images/}.
 * The caption is the sample's {@link ImageCaption} scene, for the grader only.
 */
@API(status = INTERNAL, since = "0.1")
public final class LlavaBenchDataset implements Dataset {

  @Override
  public String id() {
    return "llava-bench";
  }

  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    Path location = DatasetPaths.resolve(source.location());
    Path folder = Files.isDirectory(location) ? location : DatasetPaths.parent(location);
    Path questions = Files.isDirectory(location) ? folder.resolve("questions.jsonl") : location;
    Path answers = folder.resolve("answers_gpt4.jsonl");
    for (Path required : List.of(questions, answers)) {
      if (!Files.isRegularFile(required)) {
        throw new DatasetException("LLaVA-Bench folder " + folder + " has no " + required.getFileName());
      }
    }
    Path captions = folder.resolve("context.jsonl");
    JsonlLookup references = new JsonlLookup(answers, "question_id");
    Optional<JsonlLookup> contexts = Files.isRegularFile(captions) ? Optional.of(new JsonlLookup(captions, "image")) : Optional.empty();
    Path images = JsonDatasets.imageFolder(questions, "images");
    ImageLoader loader = ImageLoader.from(source);
    return JsonEntries.lines(questions, source.limit(), (key, question, origin) -> entry(question, origin, references, contexts, images, loader))
        .onClose(() -> close(references))
        .onClose(() -> contexts.ifPresent(LlavaBenchDataset::close));
  }

  private static DatasetEntry entry(
      JsonNode question, Origin origin, JsonlLookup references, Optional<JsonlLookup> contexts, Path images, ImageLoader loader) {
    String id = JsonEntries.text(question, "question_id");
    String image = JsonEntries.text(question, "image");
    if (id.isBlank() || image.isBlank()) {
      return new MalformedEntry(id.isBlank() ? origin.toString() : id, origin, "field '" + (id.isBlank() ? "question_id" : "image") + "' is missing");
    }
    try {
      Optional<String> reference = references.find(id).map(answer -> JsonEntries.text(answer, "text")).filter(text -> !text.isBlank());
      if (reference.isEmpty()) {
        return new MalformedEntry(id, origin, "no reference answer for question_id " + id + " in answers_gpt4.jsonl");
      }
      Optional<JsonNode> context = contexts.isPresent() ? contexts.get().find(image) : Optional.empty();
      return new Item(
          id,
          origin,
          "",
          JsonEntries.text(question, "text").strip(),
          List.of(),
          reference.get(),
          TaskType.OPEN_ENDED,
          JsonEntries.text(question, "category"),
          Map.of("image", image),
          loader.file(images, image, origin + " (question_id " + id + ")"),
          context.map(node -> new ImageCaption(JsonEntries.text(node, "caption"))).orElse(null));
    } catch (IOException e) {
      return new MalformedEntry(id, origin, "cannot read the reference answer or context: " + e.getMessage());
    }
  }

  private static void close(JsonlLookup lookup) {
    try {
      lookup.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
