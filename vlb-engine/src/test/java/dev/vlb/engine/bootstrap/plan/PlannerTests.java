package dev.vlb.engine.bootstrap.plan;

import static dev.vlb.engine.bootstrap.plan.PlanSamples.CUT_OUTS;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.PHOTO;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.choice;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.count;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.failure;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.noDog;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.result;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.image.Box;
import dev.vlb.engine.fixtures.CannedModel;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannerTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void addsTheObjectOfThePlanInItsBoxAndRecordsThePlan() throws Exception {
    String reply = "{\"keep\": [[250, 60, 420, 300]], \"objects\": [{\"name\": \"ball\", \"box\": [20, 300, 180, 460]}]}";
    CannedModel model = CannedModel.replying(reply);

    Plan.Addition plan = result(Planner.create(model, 3).addition(choice(), CUT_OUTS, 7));

    assertThat(plan.name()).isEqualTo("ball");
    assertThat(plan.box()).isEqualTo(new Box(20, 300, 180, 460));
    assertThat(plan.asks()).isEqualTo(1);
    assertThat(plan.plan()).isEqualTo(JSON.readTree(reply));
    assertThat(model.queries()).extracting(ModelQuery::image).containsExactly(Optional.of(PHOTO));
    assertThat(model.prompt(0))
        .contains("The image is 640 pixels wide and 480 pixels high.")
        .contains("Question: What is the man on the beach holding?\nOptions:\nA. an umbrella\nB. a red kite\n")
        .contains("Correct answer: B. a red kite")
        .contains("Choose the objects only from this list and name each exactly as written: ball, cup, box, bottle.")
        .contains("Propose 10 objects")
        .contains("Under \"keep\", list the boxes of the regions the answer depends on")
        .endsWith("{\"keep\": [[x_min, y_min, x_max, y_max]], \"objects\": [{\"name\": \"object name\", \"box\": "
            + "[x_min, y_min, x_max, y_max]}]}");
  }

  @Test
  void removesTheObjectOfThePlanInItsBox() throws Exception {
    String reply = "{\"keep\": [[250, 60, 420, 300]], \"objects\": [{\"object_name\": \"beach towel\", \"box\": [430, 380, 600, 470]}]}";
    CannedModel model = CannedModel.replying(reply);

    Plan.Removal plan = result(Planner.create(model, 3).removal(choice(), 7));

    assertThat(plan.name()).isEqualTo("beach towel");
    assertThat(plan.box()).isEqualTo(new Box(430, 380, 600, 470));
    assertThat(plan.asks()).isEqualTo(1);
    assertThat(plan.plan().toString()).isEqualTo(reply.replace(": ", ":").replace(", ", ","));
    assertThat(model.queries().get(0).image()).contains(PHOTO);
    assertThat(model.prompt(0))
        .contains("The image is 640 pixels wide and 480 pixels high.")
        .contains("Correct answer: B. a red kite")
        .contains("removed (erased and filled with their background) without changing the correct answer")
        .contains("Propose 5 objects")
        .contains("\"object_name\": \"object name\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      WORD_SUBSTITUTION  | {"questions": ["What is the man on the shore holding?"]}              | What is the man on the shore holding?              | with synonyms | false
      REPHRASE           | {"questions": ["What does the man on the beach have in his hands?"]} | What does the man on the beach have in his hands? | Rephrase the question as a whole | false
      RELEVANT_CONTEXT   | {"descriptions": ["A man stands on a sandy beach, one arm raised."]}  | A man stands on a sandy beach, one arm raised.    | Never give the answer away | true
      IRRELEVANT_CONTEXT | {"contexts": ["The library opens at nine. Its roof was mended in May."]} | The library opens at nine. Its roof was mended in May. | nothing to do with this image | false
      """)
  void rewritesTheQuestionOrWritesItsContext(QuestionStrategy strategy, String reply, String expected, String task,
      boolean toldTheAnswer) throws Exception {
    CannedModel model = CannedModel.replying(reply);

    Plan.Text plan = result(Planner.create(model, 3).rewrite(strategy, choice(), 7));

    assertThat(plan.strategy()).isEqualTo(strategy);
    assertThat(plan.text()).isEqualTo(expected);
    assertThat(plan.asks()).isEqualTo(1);
    assertThat(plan.plan()).isEqualTo(JSON.readTree(reply));
    assertThat(model.queries().get(0).image()).contains(PHOTO);
    assertThat(model.prompt(0))
        .contains("The image is 640 pixels wide and 480 pixels high.")
        .contains("Question: What is the man on the beach holding?")
        .contains(task)
        .contains("Write 3 different");
    assertThat(model.prompt(0).contains("Correct answer")).isEqualTo(toldTheAnswer);
  }

  @Test
  void describesTheImageForL3() throws Exception {
    CannedModel model = CannedModel.replying("{\"descriptions\": [\"Three figures walk along the sand.\"]}");

    Plan.Text plan = result(Planner.create(model, 3).description(choice(), 7));

    assertThat(plan.strategy()).isEqualTo(QuestionStrategy.RELEVANT_CONTEXT);
    assertThat(plan.text()).isEqualTo("Three figures walk along the sand.");
    assertThat(model.prompt(0)).contains("Write a description of the image that helps to answer the question");
  }

  @Test
  void asksAgainSayingWhyWhenABoxLiesOutsideTheImage() throws Exception {
    CannedModel model = CannedModel.replying(
        "[{\"name\": \"ball\", \"box\": [600, 100, 700, 200]}]",
        "[{\"name\": \"cup\", \"box\": [40, 320, 160, 450]}]");

    Plan.Addition plan = result(Planner.create(model, 3).addition(choice(), CUT_OUTS, 7));

    assertThat(plan.name()).isEqualTo("cup");
    assertThat(plan.box()).isEqualTo(new Box(40, 320, 160, 450));
    assertThat(plan.asks()).isEqualTo(2);
    assertThat(plan.plan()).isEqualTo(JSON.readTree("[{\"name\": \"cup\", \"box\": [40, 320, 160, 450]}]"));
    assertThat(model.queries()).extracting(ModelQuery::image).containsExactly(Optional.of(PHOTO), Optional.of(PHOTO));
    assertThat(model.prompt(1)).isEqualTo(model.prompt(0) + "\n\nYour reply to ask 1 could not be used: no usable object:"
        + " #1 'ball': box (600,100)-(700,200) does not lie inside the 640x480 image"
        + "\nReply again with JSON only, in the format asked above.");
  }

  @Test
  void givesUpAfterMaxAsksNamingStrategySampleAndTheLastProblem() {
    CannedModel model = CannedModel.replying(
        "I would add a ball in the lower left corner.",
        "[]",
        "[{\"name\": \"ball\", \"box\": [100, 100, 100, 200]}]");

    Throwable failure = failure(Planner.create(model, 3).addition(choice(), CUT_OUTS, 7));

    assertThat(failure).isExactlyInstanceOf(CannotBootstrapException.class)
        .hasMessage("V1 (add object): the planner gave no usable plan for sample 'mmbench-1017' in 3 asks;"
            + " the last reply: no usable object: #1 'ball': box (100,100)-(100,200) is empty: xMax must exceed xMin"
            + " and yMax yMin");
    assertThat(model.queries()).hasSize(3);
    assertThat(model.prompt(1)).contains("Your reply to ask 1 could not be used: the reply holds no JSON object with a"
        + " list of \"objects\", nor a JSON list of objects\n");
    assertThat(model.prompt(2)).contains("Your reply to ask 2 could not be used: the list of objects is empty\n");
  }

  @Test
  void takesOnlyTheCandidatesAndSpellsThemAsGiven() throws Exception {
    String reply = "[{\"name\": \"kite\", \"box\": [20, 20, 200, 200]}, {\"name\": \" Cup \", \"box\": [40, 320, 160, 450]}]";
    Planner planner = Planner.create(CannedModel.replying(reply, reply, reply), 1);

    for (long seed : new long[] {0, 1, 5}) {
      assertThat(result(planner.addition(choice(), CUT_OUTS, seed)).name()).isEqualTo("cup");
    }
  }

  @Test
  void refusesObjectsThatAreNotCandidates() {
    CannedModel model = CannedModel.replying("[{\"name\": \"kite\", \"box\": [20, 20, 200, 200]}]");

    Throwable failure = failure(Planner.create(model, 1).addition(choice(), CUT_OUTS, 0));

    assertThat(failure).isInstanceOf(CannotBootstrapException.class)
        .hasMessage("V1 (add object): the planner gave no usable plan for sample 'mmbench-1017' in 1 ask; the last"
            + " reply: no usable object: #1 'kite' is not one of the objects that can be added: ball, cup, box, bottle");
  }

  @Test
  void takesAnyObjectWhenThereAreNoCandidates() throws Exception {
    CannedModel model = CannedModel.replying("[{\"name\": \"kite\", \"box\": [20, 20, 200, 200]}]");

    Plan.Addition plan = result(Planner.create(model, 1).addition(choice(), List.of(), 0));

    assertThat(plan.name()).isEqualTo("kite");
    assertThat(model.prompt(0)).contains("Choose any objects that could plausibly be in this scene.")
        .doesNotContain("only from this list");
  }

  @Test
  void refusesABoxThatCoversMoreThanATenthOfAKeptRegion() throws Exception {
    String reply = "{\"keep\": [[100, 100, 200, 200]], \"objects\": ["
        + "{\"name\": \"ball\", \"box\": [150, 150, 300, 300]}, {\"name\": \"box\", \"box\": [195, 100, 400, 200]}]}";
    Planner planner = Planner.create(CannedModel.replying(reply, reply, reply), 1);

    for (long seed : new long[] {0, 1, 5}) {
      Plan.Addition plan = result(planner.addition(choice(), CUT_OUTS, seed));
      assertThat(plan.name()).isEqualTo("box");
      assertThat(plan.box()).isEqualTo(new Box(195, 100, 400, 200));
    }
  }

  @Test
  void saysHowMuchOfWhichKeptRegionABoxCovers() {
    CannedModel model = CannedModel.replying(
        "{\"keep\": [[100, 100, 200, 200]], \"objects\": [{\"object_name\": \"person\", \"box\": [150, 150, 300, 300]}]}");

    Throwable failure = failure(Planner.create(model, 1).removal(count(), 0));

    assertThat(failure).hasMessage("V2 (remove object): the planner gave no usable plan for sample 'seed-883' in 1 ask;"
        + " the last reply: no usable object: #1 'person' at box (150,150)-(300,300) covers 25% of the region the answer"
        + " depends on, box (100,100)-(200,200)");
  }

  @Test
  void refusesAKeptRegionOutsideTheImage() {
    CannedModel model = CannedModel.replying(
        "{\"keep\": [[100, 100, 200, 500]], \"objects\": [{\"object_name\": \"towel\", \"box\": [400, 300, 500, 400]}]}");

    Throwable failure = failure(Planner.create(model, 1).removal(count(), 0));

    assertThat(failure).hasMessageEndingWith(
        "the last reply: \"keep\" region #1: box (100,100)-(200,500) does not lie inside the 640x480 image");
  }

  @Test
  void theSeedPicksAmongTheUsableObjectsTheSameWayEveryTime() throws Exception {
    String reply = "[{\"name\": \"ball\", \"box\": [20, 300, 180, 460]}, {\"name\": \"cup\", \"box\": [40, 20, 160, 150]},"
        + " {\"name\": \"bottle\", \"box\": [500, 200, 570, 400]}]";
    Planner planner = Planner.create(CannedModel.replying(reply, reply, reply, reply), 1);

    assertThat(result(planner.addition(choice(), CUT_OUTS, 0)).name()).isEqualTo("ball");
    assertThat(result(planner.addition(choice(), CUT_OUTS, 1)).name()).isEqualTo("cup");
    assertThat(result(planner.addition(choice(), CUT_OUTS, 5)).name()).isEqualTo("bottle");
    assertThat(result(planner.addition(choice(), CUT_OUTS, 1)).name()).isEqualTo("cup");
  }

  @Test
  void theSeedPicksAmongTheUsableTexts() throws Exception {
    String reply = "{\"contexts\": [\"Trains leave hourly.\", \"Tea is grown on hills.\", \"Chess has sixteen pieces a side.\"]}";
    Planner planner = Planner.create(CannedModel.replying(reply, reply), 1);

    assertThat(result(planner.rewrite(QuestionStrategy.IRRELEVANT_CONTEXT, choice(), 1)).text())
        .isEqualTo("Tea is grown on hills.");
    assertThat(result(planner.rewrite(QuestionStrategy.IRRELEVANT_CONTEXT, choice(), 5)).text())
        .isEqualTo("Chess has sixteen pieces a side.");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      choice | A man holds the red kite above the beach.       | 'red kite'
      choice | The answer is B: look at the sky.               | 'answer is B'
      choice | Something flies on a string, option (B).       | 'option (B)'
      count  | Three people walk along the shore.              | 'three'
      count  | A group of 3 friends rests on towels.           | '3'
      yesNo  | Yes, something colourful flies over the water.  | 'Yes,'
      yesNo  | The answer is yes if you look up.               | 'answer is yes'
      noDog  | No. Only people and a kite are on the beach.    | 'No.'
      """)
  void refusesADescriptionThatGivesTheAnswerAway(String kind, String description, String leak) {
    Sample sample = sample(kind);
    CannedModel model = CannedModel.replying("{\"descriptions\": [\"" + description + "\"]}");

    Throwable failure = failure(Planner.create(model, 1).description(sample, 0));

    assertThat(failure).isInstanceOf(CannotBootstrapException.class)
        .hasMessage("L3 (relevant context): the planner gave no usable plan for sample '" + sample.id() + "' in 1 ask;"
            + " the last reply: no usable description: #1 '" + description + "' gives the answer away: it says " + leak);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      choice | A man stands on the sand, one arm raised towards the sky.
      choice | Kites, umbrellas and leashes are sold at the kiosk behind him.
      count  | People walk along the shore in the afternoon light.
      yesNo  | A sign by the water reads NO SWIMMING.
      noDog  | A sign by the water reads NO SWIMMING; the sand is empty.
      noDog  | Nobody is in the water; the sky is clear.
      """)
  void acceptsADescriptionThatOnlyHelps(String kind, String description) throws Exception {
    CannedModel model = CannedModel.replying("{\"descriptions\": [\"" + description + "\"]}");

    assertThat(result(Planner.create(model, 1).description(sample(kind), 0)).text()).isEqualTo(description);
  }

  @Test
  void aTermTheQuestionAlreadyNamesGivesNothingAway() throws Exception {
    Sample sample = new Sample("vqa-5", PHOTO, "", "Which is higher, the kite or the umbrella?", List.of(), "kite",
        TaskType.SHORT_ANSWER, null);
    CannedModel model = CannedModel.replying("{\"descriptions\": [\"A kite and an umbrella are on the beach.\"]}");

    assertThat(result(Planner.create(model, 1).description(sample, 0)).text())
        .isEqualTo("A kite and an umbrella are on the beach.");
  }

  @Test
  void refusesIrrelevantContextThatGivesTheAnswerAway() throws Exception {
    CannedModel model = CannedModel.replying(
        "{\"contexts\": [\"My neighbour counted three gulls this morning.\"]}",
        "{\"contexts\": [\"Bread rises faster in a warm kitchen.\"]}");

    Plan.Text plan = result(Planner.create(model, 2).rewrite(QuestionStrategy.IRRELEVANT_CONTEXT, count(), 0));

    assertThat(plan.text()).isEqualTo("Bread rises faster in a warm kitchen.");
    assertThat(plan.asks()).isEqualTo(2);
    assertThat(model.prompt(1)).contains("could not be used: no usable context: #1 'My neighbour counted three gulls"
        + " this morning.' gives the answer away: it says 'three'\n");
  }

  @Test
  void refusesRewrittenQuestionsThatAreUnchangedNoQuestionOrGiveTheAnswer() {
    CannedModel model = CannedModel.replying("{\"questions\": [\"what is the man on the beach  holding\","
        + " \"Tell me what the man on the beach holds.\", \"Which red kite is the man on the beach holding?\", \" \"]}");

    Throwable failure = failure(Planner.create(model, 1).rewrite(QuestionStrategy.REPHRASE, choice(), 0));

    assertThat(failure).hasMessage("L2 (sentence rephrase): the planner gave no usable plan for sample 'mmbench-1017'"
        + " in 1 ask; the last reply: no usable question:"
        + " #1 'what is the man on the beach  holding' is the question unchanged;"
        + " #2 'Tell me what the man on the beach holds.' is no longer a question: it has no question mark;"
        + " #3 'Which red kite is the man on the beach holding?' gives the answer away: it says 'red kite';"
        + " #4 is empty");
  }

  @Test
  void aFailedModelCallFailsTheStageWithItsOwnException() {
    IOException down = new IOException("HTTP 503 from http://127.0.0.1:1/v1/chat/completions");
    CannedModel model = CannedModel.failing(down);

    assertThat(failure(Planner.create(model, 3).removal(choice(), 0))).isSameAs(down);
    assertThat(model.queries()).hasSize(1);
  }

  @Test
  void aModelCallFailingOnAFollowUpFailsTheStageWithItsOwnException() {
    IOException down = new IOException("connection reset");
    CannedModel model = CannedModel.replying("no JSON here").thenFailing(down);

    assertThat(failure(Planner.create(model, 3).rewrite(QuestionStrategy.WORD_SUBSTITUTION, yesNo(), 0))).isSameAs(down);
    assertThat(model.queries()).hasSize(2);
  }

  @Test
  void isNamedAfterItsModelAndAskedAtLeastOnce() {
    assertThat(Planner.create(CannedModel.replying(), 1).name()).isEqualTo("planner (canned-vlm)");
    assertThatThrownBy(() -> Planner.create(CannedModel.replying(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A planner must be asked at least once, maxAsks was 0");
  }

  private static Sample sample(String kind) {
    return switch (kind) {
      case "choice" -> choice();
      case "count" -> count();
      case "noDog" -> noDog();
      default -> yesNo();
    };
  }
}
