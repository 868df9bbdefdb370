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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SEED-Bench, MM-Vet, LLaVA-Bench and our own JSON Lines format. */
class JsonDatasetsTests {

  @TempDir Path root;

  @Test
  void readsSeedBenchImageQuestionsAndSkipsVideos() throws Exception {
    Files.createDirectories(root.resolve("SEED-Bench-image"));
    Files.write(root.resolve("SEED-Bench-image/1454426_2591111986.jpg"), TestImages.jpeg(6, 2));
    Files.writeString(root.resolve("SEED-Bench.json"), """
        {"question_type": {"Scene Understanding": 1, "Instance Identity": 2},
         "questions": [
          {"answer": "A", "choice_a": "One", "choice_b": "Two", "choice_c": "Three", "choice_d": "Four",
           "data_id": "1454426_2591111986", "data_type": "image", "question": "How many towels are in the image?",
           "question_id": "101669", "question_type_id": 2},
          {"answer": "B", "choice_a": "a", "choice_b": "b", "choice_c": "c", "choice_d": "d",
           "data_id": "v1.mp4", "data_type": "video", "question": "What happens?", "question_id": "v1", "question_type_id": 10},
          {"answer": "E", "choice_a": "a", "choice_b": "b", "choice_c": "c", "choice_d": "d",
           "data_id": "x.jpg", "data_type": "image", "question": "Which?", "question_id": "7", "question_type_id": 1}
         ]}
        """);

    List<DatasetEntry> entries = read("seedbench", root.toString());

    assertThat(entries).extracting(DatasetEntry::id).containsExactly("101669", "7");
    Item towels = item(entries, "101669");
    assertThat(towels.choices()).containsExactly("One", "Two", "Three", "Four");
    assertThat(towels.answer()).isEqualTo("A");
    assertThat(towels.category()).isEqualTo("Instance Identity");
    assertThat(towels.attributes()).isEqualTo(Map.of("question_type_id", "2"));
    assertThat(towels.origin()).isEqualTo(Origin.of(root.resolve("SEED-Bench.json").toString(), 3));
    assertThat(towels.image().load().width()).isEqualTo(6);
    assertThat(malformed(entries, "7").message()).isEqualTo("field 'answer' is 'E', not among the options A-D");
  }

  @Test
  void readsMmVetAsOpenEndedItemsByCapability() throws Exception {
    Files.createDirectories(root.resolve("images"));
    Files.write(root.resolve("images/v1_0.png"), TestImages.png(2, 2));
    Files.writeString(root.resolve("mm-vet.json"), """
        {
          "v1_0": {"imagename": "v1_0.png", "capability": ["ocr", "math"], "question": "What is x in the equation?",
                   "answer": "-1 <AND> -5"},
          "v1_1": {"imagename": "v1_1.png", "capability": ["rec"], "question": "What is this?"},
          "v1_2": {"imagename": "../secret.png", "capability": ["rec"], "question": "Escape?", "answer": "no"}
        }
        """);

    List<DatasetEntry> entries = read("mmvet", root.resolve("mm-vet.json").toString());

    Item equation = item(entries, "v1_0");
    assertThat(equation.type()).isEqualTo(TaskType.OPEN_ENDED);
    assertThat(equation.answer()).isEqualTo("-1 <AND> -5");
    assertThat(equation.category()).isEqualTo("ocr,math");
    assertThat(equation.attributes()).isEqualTo(Map.of("capability", "ocr,math"));
    assertThat(equation.image().load().height()).isEqualTo(2);
    assertThat(malformed(entries, "v1_1").message()).isEqualTo("field 'answer' is missing");
    assertThatThrownBy(() -> item(entries, "v1_2").image().load())
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("(id v1_2): image path '../secret.png' leads outside the dataset folder");
  }

  @Test
  void readsLlavaBenchWithReferenceAnswersAndCaptions() throws Exception {
    Files.createDirectories(root.resolve("images"));
    Files.write(root.resolve("images/001.jpg"), TestImages.jpeg(4, 4));
    Files.writeString(root.resolve("questions.jsonl"), """
        {"question_id": 0, "image": "001.jpg", "text": "What is the name of this famous sight?", "category": "conv"}
        {"question_id": 1, "image": "001.jpg", "text": "Describe this photo in detail.", "category": "detail"}
        {"question_id": 2, "image": "002.jpg", "text": "What is odd here?", "category": "complex"}
        """);
    Files.writeString(root.resolve("answers_gpt4.jsonl"), """
        {"question_id": 1, "text": "A detailed description.", "answer_id": "b"}
        {"question_id": 0, "text": "It is Diamond Head.", "answer_id": "a"}
        """);
    Files.writeString(root.resolve("context.jsonl"), """
        {"id": "001", "image": "001.jpg", "caption": "An aerial view of Diamond Head."}
        """);

    List<DatasetEntry> entries = read("llava-bench", root.toString());

    Item sight = item(entries, "0");
    assertThat(sight.answer()).isEqualTo("It is Diamond Head.");
    assertThat(sight.type()).isEqualTo(TaskType.OPEN_ENDED);
    assertThat(sight.category()).isEqualTo("conv");
    assertThat(sight.scene()).isEqualTo(new ImageCaption("An aerial view of Diamond Head."));
    assertThat(item(entries, "1").answer()).isEqualTo("A detailed description.");
    assertThat(item(entries, "1").scene()).isEqualTo(new ImageCaption("An aerial view of Diamond Head."));
    assertThat(malformed(entries, "2").message()).isEqualTo("no reference answer for question_id 2 in answers_gpt4.jsonl");
  }

  @Test
  void readsOurJsonLinesFormatWithPathsAndBase64() throws Exception {
    Files.write(root.resolve("cat.png"), TestImages.png(7, 5));
    Path jsonl = root.resolve("custom.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\": \"q1\", \"image\": \"cat.png\", \"question\": \"Which animal?\", \"choices\": [\"cat\", \"dog\"], "
            + "\"answer\": \"a\", \"type\": \"multiple_choice\", \"category\": \"animals\"}",
        "{\"id\": 2, \"image\": \"" + TestImages.base64Png(3, 2) + "\", \"question\": \"Is it red?\", \"answer\": \"yes\", \"type\": \"YES_NO\"}",
        "{\"id\": \"q3\", \"image\": \"cat.png\", \"question\": \"How many?\", \"answer\": \"3\", \"type\": \"count\"}",
        "not json",
        "{\"id\": \"q5\", \"image\": \"/etc/passwd.png\", \"question\": \"Colour?\", \"answer\": \"red\", \"type\": \"short-answer\"}"));

    List<DatasetEntry> entries = read("jsonl", jsonl.toString());

    assertThat(entries).extracting(DatasetEntry::id).containsExactly("q1", "2", "q3", jsonl + ":4", "q5");
    Item first = item(entries, "q1");
    assertThat(first.answer()).isEqualTo("A");
    assertThat(first.category()).isEqualTo("animals");
    assertThat(first.image().load().width()).isEqualTo(7);
    Item second = item(entries, "2");
    assertThat(second.answer()).isEqualTo("Yes");
    assertThat(second.type()).isEqualTo(TaskType.YES_NO);
    assertThat(second.image().load().width()).isEqualTo(3);
    assertThat(malformed(entries, "q3").message())
        .isEqualTo("field 'type' is 'count', expected yes_no, multiple_choice, short_answer or open_ended");
    assertThat(malformed(entries, jsonl + ":4").message()).startsWith("line is not valid JSON");
    assertThat(item(entries, "q5").type()).isEqualTo(TaskType.SHORT_ANSWER);
    assertThatThrownBy(() -> item(entries, "q5").image().load()).hasMessageContaining("leads outside the dataset folder");
  }

  @Test
  void refusesImagesThatCannotBeDecodedWholeNamingTheFileAndTheItem() throws Exception {
    byte[] png = TestImages.png(40, 30);
    byte[] jpeg = TestImages.jpeg(40, 30);
    Files.write(root.resolve("good.png"), png);
    Files.write(root.resolve("half.png"), Arrays.copyOf(png, png.length / 2));
    Files.write(root.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length - 40));
    Files.write(root.resolve("padded.jpg"), Arrays.copyOf(jpeg, jpeg.length + 16));
    // The pixel data is all there; only the IEND chunk is missing, which a decoder alone does not notice.
    String noEnd = Base64.getEncoder().encodeToString(Arrays.copyOf(png, png.length - 12));
    // One bit flipped inside the pixel data (IDAT's data starts at byte 41): a decoder shows other pixels.
    byte[] flipped = png.clone();
    flipped[50] ^= 1;
    Files.write(root.resolve("flipped.png"), flipped);
    // Every CRC right, but the pixel data stops halfway: written by a tool that lost the rest.
    Files.write(root.resolve("short.png"), TestImages.withPixelData(png, 10));
    // An IHDR chunk of width and height only, its CRC right: bit depth and colour would be read from its CRC.
    Files.write(root.resolve("short-header.png"), TestImages.withShortHeader(png));
    Path jsonl = root.resolve("images.jsonl");
    Files.writeString(jsonl, String.join("\n",
        row("good", "good.png"), row("half-written", "half.png"), row("cut-jpeg", "cut.jpg"),
        row("padded-jpeg", "padded.jpg"), row("no-iend", noEnd), row("flipped", "flipped.png"), row("short", "short.png"),
        row("short-header", "short-header.png")));

    List<DatasetEntry> entries = read("jsonl", jsonl.toString());

    assertThat(item(entries, "good").toSample().image().width()).isEqualTo(40);
    assertThat(item(entries, "padded-jpeg").toSample().image().height()).isEqualTo(30);
    assertThatThrownBy(() -> item(entries, "half-written").toSample())
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith(jsonl + ":2 (id half-written) (" + root.resolve("half.png") + "): image cannot be decoded whole: ");
    assertThatThrownBy(() -> item(entries, "cut-jpeg").toSample())
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith(jsonl + ":3 (id cut-jpeg) (" + root.resolve("cut.jpg") + "): image cannot be decoded whole: ")
        .hasMessageContaining("Missing EOI marker");
    assertThatThrownBy(() -> item(entries, "no-iend").toSample())
        .isInstanceOf(DatasetException.class)
        .hasMessage(jsonl + ":5 (id no-iend): image cannot be decoded whole: the PNG ends before its IEND chunk");
    assertThatThrownBy(() -> item(entries, "flipped").toSample())
        .hasMessage(jsonl + ":6 (id flipped) (" + root.resolve("flipped.png") + "): image cannot be decoded whole: "
            + "the PNG's IDAT chunk at byte 33 fails its CRC");
    assertThatThrownBy(() -> item(entries, "short").toSample())
        .hasMessageStartingWith(jsonl + ":7 (id short) (" + root.resolve("short.png") + "): image cannot be decoded whole: "
            + "the PNG's pixel data stops short");
    assertThatThrownBy(() -> item(entries, "short-header").toSample())
        .hasMessage(jsonl + ":8 (id short-header) (" + root.resolve("short-header.png") + "): image cannot be decoded whole: "
            + "the PNG's IHDR chunk holds 8 bytes, not 13");
  }

  private static String row(String id, String image) {
    return "{\"id\": \"" + id + "\", \"image\": \"" + image + "\", \"question\": \"Is it red?\", \"answer\": \"yes\", "
        + "\"type\": \"yes_no\"}";
  }

  @Test
  void refusesMoreChoicesThanThereAreOptionLetters() throws Exception {
    Files.write(root.resolve("cat.png"), TestImages.png(2, 2));
    Path jsonl = root.resolve("many.jsonl");
    String choices = String.join(", ", Collections.nCopies(27, "\"cat\""));
    Files.writeString(jsonl, "{\"id\": \"q1\", \"image\": \"cat.png\", \"question\": \"Which?\", \"choices\": [" + choices
        + "], \"answer\": \"A\", \"type\": \"multiple_choice\"}");

    assertThat(malformed(read("jsonl", jsonl.toString()), "q1").message())
        .isEqualTo("field 'choices' has 27 options, at most 26 (A-Z) can be lettered");
  }

  @Test
  void readsSourcesFromTheClassPath() throws Exception {
    Path classes = Path.of(JsonDatasetsTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path resource = classes.resolve("dev/vlb/engine/dataset/classpath-test.jsonl");
    Files.writeString(resource, "{\"id\": \"c1\", \"image\": \"" + TestImages.base64Png(1, 1)
        + "\", \"question\": \"Open?\", \"answer\": \"A door.\", \"type\": \"open_ended\"}\n");
    try {
      assertThat(read("jsonl", "classpath:dev/vlb/engine/dataset/classpath-test.jsonl")).extracting(DatasetEntry::id).containsExactly("c1");
    } finally {
      Files.delete(resource);
    }
  }
}
