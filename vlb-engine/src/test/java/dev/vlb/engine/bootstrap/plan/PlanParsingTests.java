package dev.vlb.engine.bootstrap.plan;

import static dev.vlb.engine.bootstrap.plan.PlanSamples.CUT_OUTS;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.choice;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.failure;
import static dev.vlb.engine.bootstrap.plan.PlanSamples.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.engine.bootstrap.image.Box;
import dev.vlb.engine.fixtures.CannedModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Plans as LVLMs really write them: fenced, wrapped in prose, in Python's quotes, with stray commas. */
class PlanParsingTests {

  private static final String PLAN = "{\"keep\": [[250, 60, 420, 300]], \"objects\": [{\"name\": \"ball\", \"box\": [20, 300, 180, 460]}]}";

  @ParameterizedTest
  @ValueSource(strings = {
      "```json\n" + PLAN + "\n```",
      "Sure! Here is the plan:\n```json\n" + PLAN + "\n```\nThe ball sits on the sand, away from the man.",
      "Step [1] of [2]: the plan is " + PLAN + ". Step [2]: paint it.",
      "[{'name': 'ball', 'box': [20, 300, 180, 460]}]",
      "{keep: [[250, 60, 420, 300],], objects: [{name: 'ball', box: [20, 300, 180, 460],},],}",
      "{\"name\": \"ball\", \"box\": [20, 300, 180, 460]}",
      "[{\"name\": \"ball\", \"box\": [20.4, \"300\", 179.6, 460]}] // rounded to whole pixels",
      "[{\"name\": \"ball\", \"bbox\": [20, 300, 180, 460]}]"
  })
  void readsThePlanWhereverAndHoweverTheReplyWritesIt(String reply) throws Exception {
    Plan.Addition plan = result(Planner.create(CannedModel.replying(reply), 1).addition(choice(), CUT_OUTS, 3));

    assertThat(plan.name()).isEqualTo("ball");
    assertThat(plan.box()).isEqualTo(new Box(20, 300, 180, 460));
  }

  @Test
  void recordsTheJsonOfTheReplyWithoutTheProseAroundIt() throws Exception {
    String reply = "Here you go:\n```json\n" + PLAN + "\n```\nHope this helps!";

    Plan.Addition plan = result(Planner.create(CannedModel.replying(reply), 1).addition(choice(), CUT_OUTS, 3));

    assertThat(plan.plan().toString())
        .isEqualTo("{\"keep\":[[250,60,420,300]],\"objects\":[{\"name\":\"ball\",\"box\":[20,300,180,460]}]}");
  }

  @Test
  void takesALoneKeptBoxAsOneRegion() {
    String reply = "{\"keep\": [100, 100, 200, 200], \"objects\": [{\"name\": \"ball\", \"box\": [100, 100, 200, 200]}]}";

    Throwable failure = failure(Planner.create(CannedModel.replying(reply), 1).addition(choice(), CUT_OUTS, 3));

    assertThat(failure).hasMessageEndingWith("#1 'ball' at box (100,100)-(200,200) covers 100% of the region the answer"
        + " depends on, box (100,100)-(200,200)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I would add a red ball in the lower left corner.",
      "[1, 2, 3] {\"plan\": \"none\"}",
      "```json\n{\"objects\": [{\"name\": \"ball\", \"box\": [20, 300, 180, 460]\n```"
  })
  void saysWhenNoReplyHoldsAPlan(String reply) {
    Throwable failure = failure(Planner.create(CannedModel.replying(reply), 1).addition(choice(), CUT_OUTS, 3));

    assertThat(failure).isInstanceOf(CannotBootstrapException.class).hasMessageEndingWith("the last reply: the reply"
        + " holds no JSON object with a list of \"objects\", nor a JSON list of objects");
  }

  @Test
  void saysWhatIsWrongWithABoxThatIsNoBox() {
    String reply = "[{\"name\": \"ball\", \"box\": [20, 300, 180]}, {\"name\": \"cup\", \"box\": [\"left\", 0, 10, 10]},"
        + " {\"name\": \"box\"}, {\"box\": [0, 0, 10, 10]}, \"bottle\"]";

    Throwable failure = failure(Planner.create(CannedModel.replying(reply), 1).addition(choice(), CUT_OUTS, 3));

    assertThat(failure).hasMessageEndingWith("the last reply: no usable object:"
        + " #1 'ball' has no box of four numbers [x_min, y_min, x_max, y_max]: '[20,300,180]';"
        + " #2 'cup' has a box that is not four numbers: '[\"left\",0,10,10]';"
        + " #3 'box' has no box of four numbers [x_min, y_min, x_max, y_max]: 'no \"box\"';"
        + " #4 has no \"name\": '{\"box\":[0,0,10,10]}';"
        + " #5 is not an object with a name and a box: '\"bottle\"'");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"questions\": [\"What does the man on the beach have in his hands?\"]}",
      "{\"question\": \"What does the man on the beach have in his hands?\"}",
      "[\"What does the man on the beach have in his hands?\"]",
      "Here are the rewrites:\n```json\n{'questions': ['What does the man on the beach have in his hands?',]}\n```"
  })
  void readsRewrittenQuestionsInEveryShapeTaken(String reply) throws Exception {
    Plan.Text plan = result(Planner.create(CannedModel.replying(reply), 1).rewrite(QuestionStrategy.REPHRASE, choice(), 0));

    assertThat(plan.text()).isEqualTo("What does the man on the beach have in his hands?");
  }

  @Test
  void saysWhenTheRepliedJsonHasNoTextsOfTheKindAsked() {
    Throwable failure = failure(Planner.create(CannedModel.replying("{\"questions\": [\"Who?\"]}"), 1)
        .rewrite(QuestionStrategy.IRRELEVANT_CONTEXT, choice(), 0));

    assertThat(failure).hasMessageEndingWith("the last reply: the reply holds no JSON object with a list of \"contexts\"");
  }
}
