package dev.vlb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.reports.results.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worst items' images: a journal and a variant store as the engine leaves them in target/vlb, the
 * store holding two of the three images the journal names.
 */
class ReportCliImagesTests {

  private static final byte[] ORIGINAL = "original image bytes".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ADDED = "image with an object added".getBytes(StandardCharsets.US_ASCII);
  private static final String ORIGINAL_SHA = sha256(ORIGINAL);
  private static final String ADDED_SHA = sha256(ADDED);
  private static final String OUTPAINTED_SHA = sha256("outpainted, never stored".getBytes(StandardCharsets.US_ASCII));

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Path results;

  @BeforeEach
  void journalAndStore() throws IOException {
    // L1 keeps the item's image, so it shares the original's figure; V3's image is not in the store.
    results = Journal.of("demo-model")
        .add("it-001", "vanilla", Outcome.FAILED, null, ORIGINAL_SHA)
        .add("it-001", "V1", Outcome.FAILED, null, ADDED_SHA)
        .add("it-001", "L1", Outcome.FAILED, null, ORIGINAL_SHA)
        .add("it-001", "V3", Outcome.FAILED, null, OUTPAINTED_SHA)
        .writeTo(dir.resolve("target/vlb"));
    Path images = Files.createDirectories(dir.resolve("target/vlb/variants/images"));
    Files.write(images.resolve(ORIGINAL_SHA + ".png"), ORIGINAL);
    Files.write(images.resolve(ADDED_SHA + ".png"), ADDED);
  }

  @Test
  void theStoreNextToTheResultsGivesEachImageOnceAndAPlaceholderForTheMissingOne() throws IOException {
    String page = report("--results", results.toString(), "--out", dir.resolve("report").toString());

    assertThat(count(page, dataUri(ORIGINAL))).isEqualTo(1);
    assertThat(count(page, dataUri(ADDED))).isEqualTo(1);
    assertThat(count(page, "<img data-image=\"" + ORIGINAL_SHA + "\" alt=\"original image of it-001\">")).isEqualTo(1);
    assertThat(count(page, "<img data-image=\"" + ADDED_SHA + "\" alt=\"variant image of it-001\">")).isEqualTo(1);
    assertThat(count(page, "image not kept")).isEqualTo(1);
    assertThat(page).contains("title=\"no image " + OUTPAINTED_SHA + " in the variant store\">image not kept</div>");
    assertThat(captions(page)).containsExactly(
        "original · failed on vanilla L1", "variant · failed on V1", "variant · failed on V3");
    assertThat(text(err)).isEmpty();
  }

  @Test
  void variantsNamesAStoreElsewhere() throws IOException {
    Path moved = Files.move(dir.resolve("target/vlb/variants"), dir.resolve("shared-store"));

    String page = report("--results", results.toString(), "--out", dir.resolve("report").toString(),
        "--variants", moved.toString());

    assertThat(count(page, dataUri(ORIGINAL))).isEqualTo(1);
    assertThat(count(page, dataUri(ADDED))).isEqualTo(1);
    assertThat(count(page, "image not kept")).isEqualTo(1);
  }

  @Test
  void withoutAStoreEveryImageIsAPlaceholderAndAGivenStoreThatIsNotThereIsNamed() throws IOException {
    Path missing = dir.resolve("no-such-store");

    String page = report("--results", results.toString(), "--out", dir.resolve("report").toString(),
        "--variants", missing.toString());

    assertThat(page).doesNotContain("data:image");
    assertThat(count(page, "image not kept")).isEqualTo(3);
    assertThat(text(err)).isEqualTo(
        "vlb report: no variant store " + missing + "; its images show as not kept\n");
  }

  private String report(String... args) throws IOException {
    int status = ReportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    return Files.readString(dir.resolve("report/index.html"));
  }

  /** The image's data URI as it stands in the page's script, a JavaScript string where "/" is escaped. */
  private static String dataUri(byte[] image) {
    return ("data:image/png;base64," + Base64.getEncoder().encodeToString(image)).replace("/", "\\/");
  }

  private static String[] captions(String page) {
    return Pattern.compile("<figcaption>(.*?)</figcaption>", Pattern.DOTALL).matcher(page).results()
        .map(match -> match.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim())
        .toArray(String[]::new);
  }

  private static long count(String page, String text) {
    return Pattern.compile(Pattern.quote(text)).matcher(page).results().count();
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
