package dev.vlb.engine.scoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.dataset.MmeDataset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * MME's metrics: per subtask the accuracy over questions and accuracy+ over images (both questions of
 * an image right), the subtask score (acc + acc+) x 100, and those scores summed over the perception
 * and the cognition subtasks.
 */
@API(status = INTERNAL, since = "0.1")
public record MmeMetrics(List<Subtask> subtasks, double perception, double cognition) {

  public static final String PERCEPTION = "perception";
  public static final String COGNITION = "cognition";

  /**
   * One answered MME question, as the MME loader's item attributes describe it.
   *
   * @param group {@code perception} or {@code cognition} (attribute {@code mme.group})
   * @param pair the image both questions are about (attribute {@code pair})
   */
  @API(status = INTERNAL, since = "0.1")
  public record QuestionResult(String subtask, String group, String pair, boolean correct) {

    public QuestionResult {
      Objects.requireNonNull(subtask, "subtask");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(pair, "pair");
    }

    /** Whether an item's attributes are an MME question's ({@code subtask}, {@code mme.group}, {@code pair}). */
    public static boolean describes(Map<String, String> attributes) {
      return attributes.containsKey(MmeDataset.SUBTASK) && attributes.containsKey(MmeDataset.GROUP)
          && attributes.containsKey(MmeDataset.PAIR);
    }

    /** From an MME item's attributes, see {@link #describes}. */
    public static QuestionResult of(Map<String, String> attributes, boolean correct) {
      return new QuestionResult(attributes.get(MmeDataset.SUBTASK), attributes.get(MmeDataset.GROUP),
          attributes.get(MmeDataset.PAIR), correct);
    }
  }

  /** A subtask's results; accuracies are fractions 0..1. */
  @API(status = INTERNAL, since = "0.1")
  public record Subtask(String name, String group, int questions, double accuracy, double accuracyPlus) {

    /** MME's subtask score, (acc + acc+) x 100, at most 200. */
    public double score() {
      return (accuracy + accuracyPlus) * 100;
    }
  }

  public static MmeMetrics of(Collection<QuestionResult> results) {
    Map<String, List<QuestionResult>> bySubtask =
        results.stream().collect(Collectors.groupingBy(QuestionResult::subtask, TreeMap::new, Collectors.toList()));
    List<Subtask> subtasks = bySubtask.entrySet().stream().map(entry -> subtask(entry.getKey(), entry.getValue())).toList();
    return new MmeMetrics(subtasks, sum(subtasks, PERCEPTION), sum(subtasks, COGNITION));
  }

  /** Perception plus cognition, MME's overall score. */
  public double total() {
    return perception + cognition;
  }

  private static Subtask subtask(String name, List<QuestionResult> results) {
    long correct = results.stream().filter(QuestionResult::correct).count();
    Map<String, Boolean> pairs =
        results.stream().collect(Collectors.toMap(QuestionResult::pair, QuestionResult::correct, Boolean::logicalAnd));
    long pairsCorrect = pairs.values().stream().filter(Boolean::booleanValue).count();
    return new Subtask(name, results.get(0).group(), results.size(), (double) correct / results.size(), (double) pairsCorrect / pairs.size());
  }

  private static double sum(List<Subtask> subtasks, String group) {
    return subtasks.stream().filter(subtask -> subtask.group().equals(group)).mapToDouble(Subtask::score).sum();
  }
}
