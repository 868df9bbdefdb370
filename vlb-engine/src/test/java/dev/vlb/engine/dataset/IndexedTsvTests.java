package dev.vlb.engine.dataset;

import static dev.vlb.engine.dataset.DatasetAssertions.item;
import static dev.vlb.engine.dataset.DatasetAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.MalformedEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the MMBench and VLMEvalKit TSV datasets share: the header, the index of each row, their wording. */
class IndexedTsvTests {

  @TempDir Path folder;

  @ParameterizedTest
  @CsvSource({"mmbench, MMBench TSV", "vlmevalkit-tsv, VLMEvalKit TSV"})
  void anEmptyFileOrAMissingColumnIsRefusedInTheDatasetsOwnWords(String dataset, String kind) throws Exception {
    Path empty = Files.writeString(folder.resolve("empty.tsv"), "");
    Path noQuestion = Files.writeString(folder.resolve("no-question.tsv"), "Index\tA\tB\tanswer\timage\n1\tx\ty\tA\t0\n");

    assertThatThrownBy(() -> read(dataset, empty.toString()))
        .isInstanceOf(DatasetException.class)
        .hasMessage(kind + " " + empty + " is empty");
    assertThatThrownBy(() -> read(dataset, noQuestion.toString()))
        .isInstanceOf(DatasetException.class)
        .hasMessage(kind + " " + noQuestion + " has no column 'question' in its header [index, a, b, answer, image]");
  }

  @ParameterizedTest
  @CsvSource({"mmbench", "vlmevalkit-tsv"})
  void aRowWithoutAnIndexIsMalformedAtItsLineAndTheNextIsRead(String dataset) throws Exception {
    String image = TestImages.base64Png(4, 3);
    Path tsv = Files.writeString(folder.resolve("set.tsv"), "index\tquestion\tA\tB\tanswer\timage\n"
        + " \tWhich?\tred\tblue\tA\t" + image + "\n"
        + "7\tWhich?\tred\tblue\tB\t" + image + "\n");

    List<DatasetEntry> entries = read(dataset, tsv.toString());

    assertThat(entries).hasSize(2);
    MalformedEntry malformed = (MalformedEntry) entries.get(0);
    assertThat(malformed.id()).isEqualTo(tsv + ":2");
    assertThat(malformed.message()).isEqualTo("field 'index' is empty");
    assertThat(item(entries, "7").answer()).isEqualTo("B");
    assertThat(item(entries, "7").image().load().width()).isEqualTo(4);
  }
}
