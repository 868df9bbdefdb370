package dev.vlb.engine.scoring;

import dev.vlb.api.spi.Sample;
import dev.vlb.engine.dataset.ImageCaption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a grader model is asked to score an open-ended answer, and how its reply is read. */
enum GradingPrompt {

  /** MM-Vet's few-shot prompt: the grader completes a 0.0..1.0 correctness against the ground truth. */
  MM_VET {
    @Override
    String format(Sample sample, String answer) {
      return MM_VET_FEW_SHOT + "\n" + oneLine(sample.question()) + " | " + oneLine(sample.answer()) + " | " + oneLine(answer) + " | ";
    }

    @Override
    Optional<Grade> parse(String reply) {
      List<Double> numbers = numbers(reply);
      return numbers.isEmpty() || numbers.get(0) > 1.0
          ? Optional.empty()
          : Optional.of(new Grade(numbers.get(0), "grader correctness " + numbers.get(0),
              Map.of(MM_VET_SCORE, numbers.get(0))));
    }
  },

  /**
   * LLaVA-Bench's review prompt: the grader rates the reference answer (assistant 1) and the answer
   * (assistant 2) from 1 to 10; the score is their ratio, capped at 1.
   */
  LLAVA_BENCH {
    @Override
    String format(Sample sample, String answer) {
      String caption = sample.scene() instanceof ImageCaption description ? description.text() : "";
      return "[Context]\n" + caption + "\n\n[Question]\n" + sample.question() + "\n\n[Assistant 1]\n" + sample.answer()
          + "\n\n[End of Assistant 1]\n\n[Assistant 2]\n" + answer + "\n\n[End of Assistant 2]\n\n[System]\n" + LLAVA_REVIEW + "\n\n";
    }

    @Override
    Optional<Grade> parse(String reply) {
      List<Double> scores = numbers(reply.strip().lines().findFirst().orElse(""));
      if (scores.size() < 2) {
        return Optional.empty();
      }
      double reference = scores.get(0);
      double answer = scores.get(1);
      double relative = reference > 0 ? Math.min(1.0, answer / reference) : answer > 0 ? 1.0 : 0.0;
      return Optional.of(new Grade(relative, "grader rated the reference " + reference + " and the answer " + answer,
          Map.of(REFERENCE_RATING, reference, ANSWER_RATING, answer)));
    }
  };

  /** MM-Vet's grade as the grader gave it, before capping to 0..1. */
  static final String MM_VET_SCORE = "score";
  /** LLaVA-Bench's ratings (1-10) of the reference answer and of the model's, from which its relative score is summed. */
  static final String REFERENCE_RATING = "reference";
  static final String ANSWER_RATING = "answer";

  /**
   * A grader's score in 0..1 and what it said, for the record.
   *
   * @param raw the grader's own numbers, from which the benchmark's official metric is computed
   */
  record Grade(double value, String comment, Map<String, Double> raw) {}

  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");

  static GradingPrompt forDataset(String datasetId) {
    return datasetId.equals("llava-bench") ? LLAVA_BENCH : MM_VET;
  }

  abstract String format(Sample sample, String answer);

  /** The grade, or empty when the grader's reply holds no score. */
  abstract Optional<Grade> parse(String reply);

  private static List<Double> numbers(String text) {
    List<Double> numbers = new ArrayList<>();
    Matcher matcher = NUMBER.matcher(text);
    while (matcher.find()) {
      numbers.add(Double.parseDouble(matcher.group()));
    }
    return numbers;
  }

  private static String oneLine(String text) {
    return text.strip().replace('\n', ' ').replace("<AND>", " <AND> ").replace("<OR>", " <OR> ").replaceAll(" +", " ");
  }

  private static final String MM_VET_FEW_SHOT = """
      Compare the ground truth and prediction from AI models, to give a correctness score for the prediction. \
      <AND> in the ground truth means it is totally right only when all elements in the ground truth are present in the prediction, \
      and <OR> means it is totally right when any one element in the ground truth is present in the prediction. \
      The correctness score is 0.0 (totally wrong), 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, or 1.0 (totally right). \
      Just complete the last space of the correctness score.

      Question | Ground truth | Prediction | Correctness
      --- | --- | --- | ---
      What is x in the equation? | -1 <AND> -5 | x = 3 | 0.0
      What is x in the equation? | -1 <AND> -5 | x = -1 | 0.5
      What is x in the equation? | -1 <AND> -5 | x = -5 | 0.5
      What is x in the equation? | -1 <AND> -5 | x = -5 or 5 | 0.5
      What is x in the equation? | -1 <AND> -5 | x = -1 or x = -5 | 1.0
      Can you explain this meme? | This meme is poking fun at the fact that the names of the countries Iceland and Greenland \
      are misleading. Despite its name, Iceland is known for its beautiful green landscapes, while Greenland is mostly covered \
      in ice and snow. The meme is saying that the person has trust issues because the names of these countries do not \
      accurately represent their landscapes. | The meme talks about Iceland and Greenland. It's pointing out that despite their \
      names, Iceland is not very icy and Greenland isn't very green. | 0.4
      Can you explain this meme? | This meme is poking fun at the fact that the names of the countries Iceland and Greenland \
      are misleading. Despite its name, Iceland is known for its beautiful green landscapes, while Greenland is mostly covered \
      in ice and snow. The meme is saying that the person has trust issues because the names of these countries do not \
      accurately represent their landscapes. | The meme is using humor to point out the misleading nature of Iceland's and \
      Greenland's names. Iceland, despite its name, has lush green landscapes while Greenland is mostly covered in ice and \
      snow. The text 'This is why I have trust issues' is a playful way to suggest that these contradictions can lead to \
      distrust or confusion. The humor in this meme is derived from the unexpected contrast between the names of the \
      countries and their actual physical characteristics. | 1.0""";

  private static final String LLAVA_REVIEW = """
      We would like to request your feedback on the performance of two AI assistants in response to the user question \
      displayed above. The user asks the question on observing an image. For your reference, the visual content in the image \
      is represented with a few sentences describing the image.
      Please rate the helpfulness, relevance, accuracy, level of details of their responses. Each assistant receives an \
      overall score on a scale of 1 to 10, where a higher score indicates better overall performance.
      Please first output a single line containing only two values indicating the scores for Assistant 1 and 2, \
      respectively. The two scores are separated by a space.
      In the subsequent line, please provide a comprehensive explanation of your evaluation, avoiding any potential bias \
      and ensuring that the order in which the responses were presented does not affect your judgment.""";
}
