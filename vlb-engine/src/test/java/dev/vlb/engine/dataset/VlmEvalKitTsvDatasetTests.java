package dev.vlb.engine.dataset;

import static dev.vlb.engine.dataset.DatasetAssertions.item;
import static dev.vlb.engine.dataset.DatasetAssertions.malformed;
import static dev.vlb.engine.dataset.DatasetAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VlmEvalKitTsvDatasetTests {

  @TempDir Path folder;

  @Test
  void thePapersReleasedLayoutReadsAsOpenEndedAndYesNoItemsSharingImagesByIndex() throws Exception {
    byte[] png = TestImages.png(20, 10);
    Path tsv = folder.resolve("MMVet_Hard.tsv");
    Files.writeString(tsv, "index\tquestion\tanswer\tcategory\to_question\tsource_img_path\timg_path\timage\n"
        + "0\tImagine a world where green whispers. Question: What is x in the equation?\t-1<AND>-5\tocr,math\t"
        + "What is x in the equation?\t/data/1.jpg\t/data/1.jpg\t" + Base64.getEncoder().encodeToString(png) + "\n"
        + "1\tIs the sky blue here?\tyes\trec\tIs the sky blue?\t/data/2.jpg\t/data/2.jpg\t0\n");

    List<DatasetEntry> entries = read("vlmevalkit-tsv", tsv.toString());

    Item hard = item(entries, "0");
    assertThat(hard.type()).isEqualTo(TaskType.OPEN_ENDED);
    assertThat(hard.question()).isEqualTo("Imagine a world where green whispers. Question: What is x in the equation?");
    assertThat(hard.context()).isEmpty();
    assertThat(hard.answer()).isEqualTo("-1<AND>-5");
    assertThat(hard.category()).isEqualTo("ocr,math");
    assertThat(hard.attributes()).isEqualTo(Map.of("o_question", "What is x in the equation?"));
    Item yesNo = item(entries, "1");
    assertThat(yesNo.type()).isEqualTo(TaskType.YES_NO);
    assertThat(yesNo.answer()).isEqualTo("yes");
    assertThat(yesNo.image().load().bytes()).isEqualTo(png);
  }

  @Test
  void exportedColumnsGiveTheTypeTheContextBeforeTheQuestionAndTheVariantsProvenance() throws Exception {
    String image = TestImages.base64Png(4, 3);
    Path tsv = folder.resolve("set.tsv");
    Files.writeString(tsv, "index\tquestion\thint\tA\tB\tC\tanswer\tcategory\to_question\tvlb_item\tvlb_chain\tvlb_type\tvlb_key\timage\n"
        + "0\t\"A kitchen.\n\nHow many mugs?\"\tA kitchen.\t\t\t\t3\tcounting\tHow many mugs are there?\tm-1\tL2+L3\tSHORT_ANSWER\t"
        + "ab".repeat(32) + "\t" + image + "\n"
        + "1\tWhich colour?\t A kitchen. \t red\tblue\t\tb\tcolour\tWhich colour?\tm-2\tvanilla\tMULTIPLE_CHOICE\t"
        + "cd".repeat(32) + "\t0\n");

    List<DatasetEntry> entries = read("vlmevalkit-tsv", tsv.toString());

    Item shortAnswer = item(entries, "0");
    assertThat(shortAnswer.type()).isEqualTo(TaskType.SHORT_ANSWER);
    assertThat(shortAnswer.context()).isEqualTo("A kitchen.");
    assertThat(shortAnswer.question()).isEqualTo("How many mugs?");
    assertThat(shortAnswer.choices()).isEmpty();
    assertThat(shortAnswer.attributes()).isEqualTo(Map.of("o_question", "How many mugs are there?", "item", "m-1",
        "variant", "L2+L3", "variant-key", "ab".repeat(32)));
    Item choice = item(entries, "1");
    assertThat(choice.context()).isEqualTo(" A kitchen. ");
    assertThat(choice.choices()).containsExactly(" red", "blue");
    assertThat(choice.answer()).isEqualTo("B");
  }

  @Test
  void unusableRowsAreMalformedEntriesNamingTheField() throws Exception {
    String image = TestImages.base64Png(4, 3);
    Path tsv = folder.resolve("broken.tsv");
    Files.writeString(tsv, "index\tquestion\tA\tB\tC\tanswer\tvlb_type\timage\n"
        + "0\tWhich?\tred\t\tgreen\tA\t\t" + image + "\n"
        + "1\tWhich?\tred\tblue\t\tC\t\t" + image + "\n"
        + "2\tWhat?\t\t\t\tnan\t\t" + image + "\n"
        + "3\tWhat?\t\t\t\tfour\tESSAY\t" + image + "\n");

    List<DatasetEntry> entries = read("vlmevalkit-tsv", tsv.toString());

    assertThat(malformed(entries, "0").message()).isEqualTo("option B is empty but option C is given");
    assertThat(malformed(entries, "1").message()).isEqualTo("field 'answer' is 'C', not among the options A-B");
    assertThat(malformed(entries, "2").message()).isEqualTo("field 'answer' is missing");
    assertThat(malformed(entries, "3").message())
        .isEqualTo("field 'vlb_type' is 'ESSAY', not one of [YES_NO, MULTIPLE_CHOICE, SHORT_ANSWER, OPEN_ENDED]");
  }

  @Test
  void aFileWithoutAnImageColumnIsRefusedNamingIt() throws Exception {
    Path tsv = folder.resolve("meta.tsv");
    Files.writeString(tsv, "index\tquestion\tanswer\timage_path\n0\tWhat?\tfour\t/data/1.jpg\n");

    assertThatThrownBy(() -> read("vlmevalkit-tsv", tsv.toString()))
        .isInstanceOf(DatasetException.class)
        .hasMessage("VLMEvalKit TSV " + tsv + " has no column 'image' in its header [index, question, answer, image_path]");
  }
}
