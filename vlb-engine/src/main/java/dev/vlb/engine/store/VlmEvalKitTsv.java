package dev.vlb.engine.store;

import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.ANSWER;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.CATEGORY;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.CHAIN;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.CONTEXT_SEPARATOR;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.HINT;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.IMAGE;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.INDEX;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.ITEM;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.KEY;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.ORIGINAL_QUESTION;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.QUESTION;
import static dev.vlb.engine.dataset.VlmEvalKitTsvDataset.TYPE;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Generation;
import dev.vlb.engine.dataset.VlmEvalKitTsvDataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes a verified variant set as the TSV VLMEvalKit (Python) evaluates, in the layout of the paper's
 * released {@code MMVet_Hard.tsv} and of MMBench's TSVs: {@code index} (0, 1, ...), {@code question},
 * {@code hint} (the context), options {@code A}, {@code B}... (as many as the largest question has),
 * {@code answer}, {@code category}, {@code o_question} (the question before bootstrapping), then
 * {@code vlb_item}, {@code vlb_chain}, {@code vlb_type}, {@code vlb_key}, and {@code image}: the base64
 * of the variant's image bytes, or, as VLMEvalKit's own TSVs do, the index of the earlier row showing
 * the same image.
 *
 * <p>VLMEvalKit shows the hint only for multiple choice; other rows carry the context before the
 * question ({@code context + "\n\n" + question}) so that the model sees what this engine would ask.
 * Rows are ordered by original item id, then chain; entries that record no variant (not generated)
 * have no row. {@link VlmEvalKitTsvDataset} (dataset id {@code vlmevalkit-tsv}) reads the file back.
 */
@API(status = INTERNAL, since = "0.1")
public final class VlmEvalKitTsv {

  /**
   * @param rows variants written
   * @param notGenerated entries of the set that record no variant and so have no row
   */
  @API(status = INTERNAL, since = "0.1")
  public record Written(Path file, int rows, int notGenerated) {}

  /** One variant to write, from an entry of the set. */
  private record Row(String key, VariantKey.Provenance provenance, JsonNode body, ImageRef image) {}

  private VlmEvalKitTsv() {}

  /**
   * Verifies the set at {@code source} (folder or zip), then writes its variants to {@code tsv}
   * (replacing it whole, never leaving half a file).
   *
   * @throws InvalidVariantSetException when the set does not verify, naming the file
   */
  public static Written write(Path source, Path tsv) throws IOException {
    try (VariantSet.Opened set = VariantSet.Opened.of(source)) {
      VariantSet.Verified verified = VariantSet.verified(set);
      List<Row> rows = rows(set, verified);
      Path target = tsv.toAbsolutePath().normalize();
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", AtomicFiles.TEMPORARY_SUFFIX);
      try {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16)) {
          write(set, rows, out);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
      return new Written(target, rows.size(), verified.entries().size() - rows.size());
    }
  }

  private static List<Row> rows(VariantSet.Opened set, VariantSet.Verified verified) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String entry : verified.entries()) {
      try {
        JsonNode body = EntryCodec.body(set.read(entry));
        Optional<ImageRef> image = EntryCodec.image(body);
        if (image.isPresent()) {
          rows.add(new Row(EntryCodec.key(body), EntryCodec.provenance(body), body, image.get()));
        }
      } catch (DamagedEntryException e) {
        throw set.refused(entry, "is damaged: " + e.getMessage());
      }
    }
    rows.sort(Comparator.comparing((Row row) -> row.provenance().itemId())
        .thenComparing(row -> row.provenance().chain())
        .thenComparing(Row::key));
    return rows;
  }

  private static void write(VariantSet.Opened set, List<Row> rows, Writer out) throws IOException {
    int options = 0;
    for (Row row : rows) {
      options = Math.max(options, row.body().path("sample").path("choices").size());
    }
    List<String> header = new ArrayList<>(List.of(INDEX, QUESTION, HINT));
    for (int i = 0; i < options; i++) {
      header.add(OptionLetter.of(i));
    }
    header.addAll(List.of(ANSWER, CATEGORY, ORIGINAL_QUESTION, ITEM, CHAIN, TYPE, KEY, IMAGE));
    line(out, header);
    Map<String, Integer> firstShown = new HashMap<>();
    for (int index = 0; index < rows.size(); index++) {
      Row row = rows.get(index);
      Sample sample = sample(set, row);
      List<String> fields = new ArrayList<>();
      fields.add(Integer.toString(index));
      boolean choice = sample.type() == TaskType.MULTIPLE_CHOICE;
      fields.add(choice || sample.context().isEmpty() ? sample.question() : sample.context() + CONTEXT_SEPARATOR + sample.question());
      fields.add(sample.context());
      for (int i = 0; i < options; i++) {
        fields.add(i < sample.choices().size() ? sample.choices().get(i) : "");
      }
      VariantKey.Provenance provenance = row.provenance();
      fields.addAll(List.of(sample.answer(), provenance.category(), provenance.originalQuestion(),
          provenance.itemId(), provenance.chain(), sample.type().name(), row.key()));
      Integer shown = firstShown.putIfAbsent(row.image().sha256(), index);
      fields.add(shown != null ? shown.toString() : Base64.getEncoder().encodeToString(sample.image().bytes()));
      line(out, fields);
    }
  }

  private static Sample sample(VariantSet.Opened set, Row row) throws IOException {
    String image = row.image().path();
    try {
      Generation generation = EntryCodec.generation(row.body(), Optional.of(set.read(image)));
      return ((Generation.Generated) generation).sample();
    } catch (DamagedEntryException e) {
      throw set.refused(EntryCodec.path(row.key()), "is damaged: " + e.getMessage());
    }
  }

  private static void line(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(quoted(fields.get(i)));
    }
    out.write('\n');
  }

  /** As pandas writes a field: quoted when it holds a tab, line break or quote, quotes doubled. */
  private static String quoted(String field) {
    if (field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0 && field.indexOf('"') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
