package dev.vlb.engine.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.execution.Prompts;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceModelTests {

  private static final ReferenceModel MODEL = ReferenceModel.create();

  /** Four well separated objects of four colours. */
  private static final Image FOUR_OBJECTS = SceneCanvas.blank()
      .draw("red", "circle", 60, 60, SceneCanvas.MEDIUM)
      .draw("blue", "square", 250, 70, SceneCanvas.LARGE)
      .draw("green", "triangle", 80, 180, SceneCanvas.MEDIUM)
      .draw("yellow", "star", 220, 180, SceneCanvas.SMALL)
      .png();

  @Test
  void isLabelledAsADemoModel() {
    assertThat(MODEL.name()).isEqualTo("vlb-reference (demo model)");
  }

  @Test
  void repliesWithTheTextAndAMeasuredLatency() {
    var reply = MODEL.ask(new ModelQuery(FOUR_OBJECTS, "How many objects are there?")).toCompletableFuture().join();

    assertThat(reply.text()).isEqualTo("4");
    assertThat(reply.latency()).isPositive();
    assertThat(reply.cached()).isFalse();
  }

  @Test
  void answersTheSameQueryTheSameWay() {
    String prompt = prompt("What shape is the yellow object?", List.of(), TaskType.SHORT_ANSWER, "");

    assertThat(ask(FOUR_OBJECTS, prompt)).isEqualTo(ask(FOUR_OBJECTS, prompt)).isEqualTo("star");
  }

  @Test
  void failsTheStageWhenTheImageCannotBeDecoded() {
    Image garbage = Image.png(new byte[] {1, 2, 3}, 320, 240);

    assertThatThrownBy(() -> MODEL.ask(new ModelQuery(garbage, "How many objects are there?")).toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .hasMessageContaining("not in a format ImageIO can read");
  }

  @Test
  void failsTheStageOfATextOnlyQuery() {
    assertThatThrownBy(() -> MODEL.ask(ModelQuery.textOnly("How many objects are there?")).toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("The reference model answers questions about an image; this query has none");
  }

  @Nested
  class Counting {

    @Test
    void countsAllObjects() {
      assertThat(shortAnswer(FOUR_OBJECTS, "How many objects are there?")).isEqualTo("4");
    }

    @Test
    void countsObjectsOfOneShape() {
      Image image = SceneCanvas.blank()
          .draw("red", "circle", 50, 50, SceneCanvas.MEDIUM)
          .draw("blue", "circle", 150, 120, SceneCanvas.LARGE)
          .draw("red", "circle", 260, 190, SceneCanvas.MEDIUM)
          .draw("red", "square", 260, 60, SceneCanvas.MEDIUM)
          .png();

      assertThat(shortAnswer(image, "How many circles are there?")).isEqualTo("3");
      assertThat(choice(image, "How many red circles are there?", "1", "3", "2", "4")).isEqualTo("C");
    }

    @Test
    void missesAnObjectTooSmallToNotice() {
      Image image = SceneCanvas.blank()
          .draw("red", "circle", 60, 60, SceneCanvas.MEDIUM)
          .draw("blue", "square", 250, 70, SceneCanvas.MEDIUM)
          .draw("green", "triangle", 160, 190, 5)
          .png();

      assertThat(shortAnswer(image, "How many objects are there?")).isEqualTo("2");
    }

    @Test
    void findsTheTinyObjectWhenTheContextStatesTheCount() {
      Image image = SceneCanvas.blank()
          .draw("red", "circle", 60, 60, SceneCanvas.MEDIUM)
          .draw("blue", "square", 250, 70, SceneCanvas.MEDIUM)
          .draw("green", "triangle", 160, 190, 5)
          .png();
      String prompt = prompt("Is there a green triangle in the image?", List.of(), TaskType.YES_NO,
          "There are 3 objects in the image.");

      assertThat(ask(image, prompt("Is there a green triangle in the image?", List.of(), TaskType.YES_NO, "")))
          .isEqualTo("No");
      assertThat(ask(image, prompt)).isEqualTo("Yes");
    }

    @Test
    void countsOverlappingObjectsOfOneColourAsOne() {
      Image image = SceneCanvas.blank()
          .draw("orange", "square", 100, 100, SceneCanvas.LARGE)
          .draw("orange", "square", 125, 110, SceneCanvas.LARGE)
          .draw("purple", "circle", 250, 180, SceneCanvas.MEDIUM)
          .png();

      assertThat(shortAnswer(image, "How many objects are there?")).isEqualTo("2");
    }
  }

  @Nested
  class Attributes {

    @Test
    void namesTheColourOfTheOnlyObjectOfAShape() {
      assertThat(shortAnswer(FOUR_OBJECTS, "What color is the square?")).isEqualTo("blue");
      assertThat(choice(FOUR_OBJECTS, "What color is the triangle?", "red", "yellow", "purple", "green"))
          .isEqualTo("D");
    }

    @Test
    void namesTheColourOfAnObjectPickedBySize() {
      Image image = SceneCanvas.blank()
          .draw("red", "circle", 60, 60, SceneCanvas.SMALL)
          .draw("purple", "circle", 230, 150, SceneCanvas.LARGE)
          .png();

      assertThat(shortAnswer(image, "What color is the large circle?")).isEqualTo("purple");
      assertThat(shortAnswer(image, "What color is the small circle?")).isEqualTo("red");
    }

    @Test
    void answersWithTheLetterOfTheMatchingOption() {
      assertThat(choice(FOUR_OBJECTS, "What shape is the red object?", "square", "circle", "star", "diamond"))
          .isEqualTo("B");
    }

    @Test
    void picksTheOptionNamingTheLargestObject() {
      assertThat(choice(FOUR_OBJECTS, "Which object is largest?",
          "the red circle", "the green triangle", "the blue square", "the yellow star")).isEqualTo("C");
    }
  }

  @Nested
  class Spatial {

    @ParameterizedTest
    @CsvSource({
        "Is the red circle to the left of the blue square?, Yes",
        "Is the red circle to the right of the blue square?, No",
        "Is the green triangle below the red circle?, Yes",
        "Is the green triangle above the red circle?, No",
        "Is the blue square to the right of the red circle?, Yes"})
    void comparesObjectCentres(String question, String answer) {
      assertThat(ask(FOUR_OBJECTS, prompt(question, List.of(), TaskType.YES_NO, ""))).isEqualTo(answer);
    }

    @ParameterizedTest
    @CsvSource({
        "Is there a green triangle in the image?, Yes",
        "Is there a green circle in the image?, No",
        "Is there an orange star in the image?, No",
        "Is there an object in the image?, Yes",
        "Are there more red objects than blue objects?, No",
        "Does the image contain a yellow star?, Yes"})
    void answersExistenceAndComparison(String question, String answer) {
      assertThat(ask(FOUR_OBJECTS, prompt(question, List.of(), TaskType.YES_NO, ""))).isEqualTo(answer);
    }
  }

  @Nested
  class Reading {

    @Test
    void findsTheQuestionAfterContextParagraphs() {
      String context = "Shapes were drawn on a grey canvas. Why do people like puzzles?\n\n"
          + "The museum opens at nine. Tickets are cheap.";

      assertThat(ask(FOUR_OBJECTS, prompt("What shape is the blue object?", List.of(), TaskType.SHORT_ANSWER, context)))
          .isEqualTo("square");
    }

    @Test
    void understandsACommonSynonym() {
      assertThat(yesNo(FOUR_OBJECTS, "Is there a crimson circle in the picture?")).isEqualTo("Yes");
      assertThat(yesNo(FOUR_OBJECTS, "Is there a big square in the image?")).isEqualTo("Yes");
    }

    @ParameterizedTest
    @CsvSource({
        "What is the number of objects in the image?, 4",
        "How many items are there?, 4",
        "Count the triangles. How many are there?, 1",
        "What form is the yellow object?, star",
        "The blue object is what shape?, square",
        "What is the shape of the red object?, circle",
        "Which shape does the green object have?, triangle",
        "What color is the disk?, red"})
    void readsCommonWordingsOfTheTemplates(String question, String answer) {
      assertThat(shortAnswer(FOUR_OBJECTS, question)).isEqualTo(answer);
    }

    @ParameterizedTest
    @CsvSource({
        "Can a green circle be seen in the image?, No",
        "Is a yellow star present in the image?, Yes",
        "Do red objects outnumber blue objects?, No",
        "Is the number of red objects greater than the number of green objects?, No"})
    void readsCommonWordingsOfYesNoQuestions(String question, String answer) {
      assertThat(yesNo(FOUR_OBJECTS, question)).isEqualTo(answer);
    }

    @Test
    void guessesTheMostSalientObjectForAnUnknownColourWord() {
      // "scarlet" is not in its vocabulary, so the slot takes the colour of the large blue square.
      assertThat(yesNo(FOUR_OBJECTS, "Is there a scarlet square in the image?")).isEqualTo("Yes");
      assertThat(yesNo(FOUR_OBJECTS, "Is there a scarlet circle in the image?")).isEqualTo("No");
    }

    @Test
    void letsAColourFromAnUnrelatedContextLeakIntoAnUnknownSlot() {
      String context = "My grandmother kept her buttons in a red tin.";

      assertThat(ask(FOUR_OBJECTS, prompt("Is there a scarlet circle in the image?", List.of(), TaskType.YES_NO, context)))
          .isEqualTo("Yes");
    }

    @Test
    void answersWithWhatCatchesItsEyeWhenItCannotParseTheQuestion() {
      assertThat(choice(FOUR_OBJECTS, "Tell me about the picture.", "red", "blue", "green", "yellow")).isEqualTo("B");
      assertThat(choice(FOUR_OBJECTS, "Tell me about the picture.", "2", "3", "4", "5")).isEqualTo("A");
      assertThat(yesNo(FOUR_OBJECTS, "Would a green circle fit here?")).isEqualTo("Yes");
    }

    @Test
    void takesTheShapeADescriptionNamesForAnObjectOfThatColour() {
      Image image = SceneCanvas.blank().draw("purple", "circle", 120, 100, SceneCanvas.SMALL).png();

      assertThat(ask(image, prompt("What shape is the purple object?", List.of(), TaskType.SHORT_ANSWER, "")))
          .isEqualTo("hexagon");
      assertThat(ask(image, prompt("What shape is the purple object?", List.of(), TaskType.SHORT_ANSWER,
          "A small purple circle sits near the top left."))).isEqualTo("circle");
    }

    @Test
    void seesLessOfTheImageAfterALongContext() {
      Image image = SceneCanvas.blank()
          .draw("red", "circle", 60, 60, SceneCanvas.MEDIUM)
          .draw("green", "triangle", 200, 160, SceneCanvas.SMALL)
          .png();
      String longContext = "Rain fell over the harbour all morning while the ferries waited. ".repeat(30);

      assertThat(ask(image, prompt("How many objects are there?", List.of(), TaskType.SHORT_ANSWER, ""))).isEqualTo("2");
      assertThat(ask(image, prompt("How many objects are there?", List.of(), TaskType.SHORT_ANSWER, longContext)))
          .isEqualTo("1");
    }
  }

  @Nested
  class Grounding {

    private final Image tinyTriangle = SceneCanvas.blank()
        .draw("red", "circle", 60, 60, SceneCanvas.MEDIUM)
        .draw("blue", "square", 250, 70, SceneCanvas.MEDIUM)
        .draw("green", "triangle", 160, 200, 5)
        .png();

    @Test
    void looksHarderWhereTheContextPlacesTheCountedObjects() {
      String question = "How many triangles are there?";

      assertThat(shortAnswer(tinyTriangle, question)).isEqualTo("0");
      assertThat(ask(tinyTriangle, prompt(question, List.of(), TaskType.SHORT_ANSWER,
          "Every triangle lies at the bottom; some may be small."))).isEqualTo("1");
      assertThat(ask(tinyTriangle, prompt(question, List.of(), TaskType.SHORT_ANSWER,
          "Every triangle lies at the top left; some may be small."))).isEqualTo("0");
    }

    @Test
    void takesTheCandidateWhereTheContextPlacesTheSubject() {
      Image image = SceneCanvas.blank()
          .draw("red", "star", 60, 60, SceneCanvas.LARGE)
          .draw("blue", "star", 260, 190, SceneCanvas.MEDIUM)
          .png();
      String question = "What color is the star?";

      assertThat(shortAnswer(image, question)).isEqualTo("red");
      assertThat(ask(image, prompt(question, List.of(), TaskType.SHORT_ANSWER, "The star lies at the bottom right.")))
          .isEqualTo("blue");
    }

    @Test
    void takesTheShapeTheContextPlacesForTheOnlyCandidateThere() {
      Image image = SceneCanvas.blank()
          .draw("purple", "circle", 160, 120, SceneCanvas.SMALL)
          .draw("red", "square", 40, 40, SceneCanvas.MEDIUM)
          .png();
      String question = "Is there a purple circle in the image?";

      assertThat(yesNo(image, question)).isEqualTo("No");
      assertThat(ask(image, prompt(question, List.of(), TaskType.YES_NO, "The purple circle lies in the centre.")))
          .isEqualTo("Yes");
    }
  }

  static String ask(Image image, String prompt) {
    return MODEL.ask(new ModelQuery(image, prompt)).toCompletableFuture().join().text();
  }

  static String shortAnswer(Image image, String question) {
    return ask(image, prompt(question, List.of(), TaskType.SHORT_ANSWER, ""));
  }

  private static String yesNo(Image image, String question) {
    return ask(image, prompt(question, List.of(), TaskType.YES_NO, ""));
  }

  private static String choice(Image image, String question, String... options) {
    return ask(image, prompt(question, List.of(options), TaskType.MULTIPLE_CHOICE, ""));
  }

  /** The prompt exactly as the engine formats it. */
  private static String prompt(String question, List<String> choices, TaskType type, String context) {
    Image placeholder = Image.png(new byte[0], 1, 1);
    return Prompts.format(new Sample("test-1", placeholder, context, question, choices, "", type, null));
  }
}
