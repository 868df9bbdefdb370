package dev.vlb.engine.dataset;

import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.Origin;
import dev.vlb.api.spi.DatasetException;

import static dev.vlb.engine.dataset.DatasetAssertions.item;
import static dev.vlb.engine.dataset.DatasetAssertions.malformed;
import static dev.vlb.engine.dataset.DatasetAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmeDatasetTests {

  @TempDir Path root;

  @BeforeEach
  void writeSubtasks() throws IOException {
    Path count = Files.createDirectories(root.resolve("count"));
    Files.write(count.resolve("000000006040.jpg"), TestImages.jpeg(5, 4));
    Files.writeString(count.resolve("000000006040.txt"),
        "Are there two dogs in the image? Please answer yes or no.\tYes\r\nAre there three dogs in the image? Please answer yes or no.\tNo\r\n");
    Path artwork = root.resolve("artwork");
    Files.createDirectories(artwork.resolve("images"));
    Files.createDirectories(artwork.resolve("questions_answers_YN"));
    Files.write(artwork.resolve("images/10002.png"), TestImages.png(3, 3));
    Files.writeString(artwork.resolve("questions_answers_YN/10002.txt"),
        "Is this artwork created by Leonardo?\tyes\nIs this artwork created by Monet?\tno\n\n");
    Path code = root.resolve("code_reasoning");
    Files.createDirectories(code.resolve("images"));
    Files.createDirectories(code.resolve("questions_answer_YN"));
    Files.writeString(code.resolve("questions_answer_YN/0001.txt"), "Will the code print 3?\tMaybe\nNo tab here\n");
  }

  @Test
  void readsBothLayoutsWithStableIdsTwoQuestionsPerImage() throws Exception {
    List<DatasetEntry> entries = read("mme", root.toString());

    assertThat(entries).extracting(DatasetEntry::id).containsExactly(
        "artwork/10002.png#1", "artwork/10002.png#2", "code_reasoning/0001#1", "code_reasoning/0001#2",
        "count/000000006040.jpg#1", "count/000000006040.jpg#2");
    Item first = item(entries, "count/000000006040.jpg#1");
    assertThat(first.question()).isEqualTo("Are there two dogs in the image?");
    assertThat(first.answer()).isEqualTo("Yes");
    assertThat(first.type()).isEqualTo(TaskType.YES_NO);
    assertThat(first.category()).isEqualTo("count");
    assertThat(first.attributes()).isEqualTo(Map.of("subtask", "count", "pair", "count/000000006040.jpg", "mme.group", "perception"));
    assertThat(first.origin()).isEqualTo(Origin.of(root.resolve("count/000000006040.txt").toString(), 1));
    assertThat(first.image().load().mediaType()).isEqualTo("image/jpeg");
    assertThat(first.image().load().width()).isEqualTo(5);
    assertThat(item(entries, "count/000000006040.jpg#2").answer()).isEqualTo("No");
    assertThat(item(entries, "artwork/10002.png#2").answer()).isEqualTo("No");
    assertThat(item(entries, "artwork/10002.png#2").image().load().height()).isEqualTo(3);
  }

  @Test
  void reportsBadLinesAndMissingImagesOnTheirItems() throws Exception {
    List<DatasetEntry> entries = read("mme", root.toString());

    assertThat(malformed(entries, "code_reasoning/0001#1").message()).isEqualTo("answer is 'Maybe', not Yes or No");
    assertThat(malformed(entries, "code_reasoning/0001#2").message())
        .isEqualTo("line has no tab between question and answer: 'No tab here'");
    Path otherTxt = root.resolve("count/000000000001.txt");
    Files.writeString(otherTxt, "Is there a cat?\tYes\n");
    Item orphan = item(read("mme", root.toString()), "count/000000000001#1");
    assertThat(orphan.attributes()).containsEntry("mme.group", "perception");
    assertThatThrownBy(() -> orphan.image().load())
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("count/000000000001: image file")
        .hasMessageContaining("does not exist");
  }

  @Test
  void groupsCognitionSubtasks() throws Exception {
    Files.writeString(root.resolve("code_reasoning/questions_answer_YN/0001.txt"), "Will the code print 3?\tYes\n");

    assertThat(item(read("mme", root.toString()), "code_reasoning/0001#1").attributes()).containsEntry("mme.group", "cognition");
  }
}
