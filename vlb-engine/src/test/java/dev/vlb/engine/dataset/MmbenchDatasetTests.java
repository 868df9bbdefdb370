package dev.vlb.engine.dataset;

import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.api.spi.Origin;
import dev.vlb.api.spi.DatasetException;

import static dev.vlb.engine.dataset.DatasetAssertions.item;
import static dev.vlb.engine.dataset.DatasetAssertions.malformed;
import static dev.vlb.engine.dataset.DatasetAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmbenchDatasetTests {

  private static final String HEADER = "index\tquestion\thint\tA\tB\tC\tD\tE\tanswer\tcategory\tl2-category\timage\n";

  @TempDir Path folder;
  private Path tsv;

  @BeforeEach
  void writeTsv() throws IOException {
    String bomb = Base64.getEncoder().encodeToString(TestImages.bombHeader(100_000, 100_000));
    tsv = folder.resolve("MMBench_DEV_EN.tsv");
    Files.writeString(tsv, HEADER
        + "1\tWhat colour is the car?\tnan\tred\tblue\tgreen\tyellow\t\tA\tattribute_recognition\tfinegrained_perception (instance-level)\t"
        + TestImages.base64Png(4, 3) + "\n"
        + "2\t\"Which \"\"word\"\"\tfits?\"\tA hint\tyes\tno\t\t\t\tB\tocr\t\t1\n"
        + "3\t\"Two\nlines\"\t\tcat\tdog\tcow\t\t\tc\tcounting\tcoarse_perception\t5\n"
        + "4\tHow many?\t\tone\ttwo\t\t\t\tD\tcounting\t\t1\n"
        + "5\tWhich one?\t\tleft\tright\t\t\t\t\tspatial\t\t" + TestImages.base64Png(8, 8) + "\n"
        + "6\tBroken image?\t\tleft\tright\t\t\t\tA\tspatial\t\tnot-base64!!\n"
        + "7\tHuge image?\t\tleft\tright\t\t\t\tA\tspatial\t\t" + bomb + "\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void readsRowsAsMultipleChoiceItemsIdentifiedByIndex() throws Exception {
    List<DatasetEntry> entries = read("mmbench", tsv.toString());

    assertThat(entries).extracting(DatasetEntry::id).containsExactly("1", "2", "3", "4", "5", "6", "7");
    Item first = item(entries, "1");
    assertThat(first.question()).isEqualTo("What colour is the car?");
    assertThat(first.context()).isEmpty();
    assertThat(first.choices()).containsExactly("red", "blue", "green", "yellow");
    assertThat(first.answer()).isEqualTo("A");
    assertThat(first.type()).isEqualTo(TaskType.MULTIPLE_CHOICE);
    assertThat(first.category()).isEqualTo("attribute_recognition");
    assertThat(first.attributes()).containsExactly(Map.entry("l2-category", "finegrained_perception (instance-level)"));
    assertThat(first.origin()).isEqualTo(Origin.of(tsv.toString(), 2));
    assertThat(first.image().load()).satisfies(image -> {
      assertThat(image.mediaType()).isEqualTo("image/png");
      assertThat(image.width()).isEqualTo(4);
      assertThat(image.height()).isEqualTo(3);
    });
  }

  @Test
  void readsQuotedFieldsHintsAndMissingOptions() throws Exception {
    List<DatasetEntry> entries = read("mmbench", tsv.toString());

    Item quoted = item(entries, "2");
    assertThat(quoted.question()).isEqualTo("Which \"word\"\tfits?");
    assertThat(quoted.context()).isEqualTo("A hint");
    assertThat(quoted.choices()).containsExactly("yes", "no");
    assertThat(quoted.attributes()).isEmpty();
    Item multiline = item(entries, "3");
    assertThat(multiline.question()).isEqualTo("Two\nlines");
    assertThat(multiline.choices()).containsExactly("cat", "dog", "cow");
    assertThat(multiline.answer()).isEqualTo("C");
    assertThat(multiline.origin().line()).isEqualTo(4);
    assertThat(entries.get(3).origin().line()).isEqualTo(6);
  }

  @Test
  void resolvesImagesGivenAsAnotherRowsIndexBackwardAndForward() throws Exception {
    List<DatasetEntry> entries = read("mmbench", tsv.toString());

    assertThat(item(entries, "2").image().load()).isEqualTo(item(entries, "1").image().load());
    assertThat(item(entries, "3").image().load().width()).isEqualTo(8);
  }

  @Test
  void reportsMalformedRowsWithFieldAndValue() throws Exception {
    List<DatasetEntry> entries = read("mmbench", tsv.toString());

    assertThat(malformed(entries, "4").message()).isEqualTo("field 'answer' is 'D', not among the options A-B");
    assertThat(malformed(entries, "4").origin()).isEqualTo(Origin.of(tsv.toString(), 6));
    assertThat(malformed(entries, "5").message()).isEqualTo("field 'answer' is missing");
  }

  @Test
  void refusesBrokenBase64AndDecompressionBombsWhenLoaded() throws Exception {
    List<DatasetEntry> entries = read("mmbench", tsv.toString());

    assertThatThrownBy(() -> item(entries, "6").image().load())
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith(tsv + ":8 (index 6): image is not valid base64");
    assertThatThrownBy(() -> item(entries, "7").image().load())
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(tsv + ":9 (index 7)")
        .hasMessageContaining("100000x100000 = 10000000000 pixels, more than vlb.image.max-pixels = 40000000");
  }

  @Test
  void appliesTheConfiguredPixelLimit() throws Exception {
    List<DatasetEntry> entries = read("mmbench", tsv.toString(), 1, Map.of("vlb.image.max-pixels", "10"));

    assertThat(entries).hasSize(1);
    assertThatThrownBy(() -> item(entries, "1").image().load()).hasMessageContaining("4x3 = 12 pixels");
  }

  @Test
  void reportsAGapInTheOptions() throws Exception {
    Path gap = folder.resolve("gap.tsv");
    Files.writeString(gap, HEADER + "9\tWhich?\t\tx\t\tz\t\t\tA\tc\t\t1\n");

    assertThat(((MalformedEntry) read("mmbench", gap.toString()).get(0)).message())
        .isEqualTo("option B is empty but option C is given");
  }

  @Test
  void refusesAFileWithoutTheImageColumn() throws IOException {
    Path noImage = folder.resolve("no-image.tsv");
    Files.writeString(noImage, "index\tquestion\tA\tB\tanswer\n1\tq\tx\ty\tA\n");

    assertThatThrownBy(() -> read("mmbench", noImage.toString()))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("has no column 'image'");
  }

  @Test
  void namesAMissingSource() {
    assertThatThrownBy(() -> read("mmbench", folder.resolve("absent.tsv").toString()))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("absent.tsv does not exist");
  }
}
