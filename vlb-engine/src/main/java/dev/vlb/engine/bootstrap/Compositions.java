package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.CompositionMode;
import dev.vlb.api.Direction;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/** Expands a suite's strategies into the chains each item is evaluated on, vanilla first. */
@API(status = INTERNAL, since = "0.1")
public final class Compositions {

  private Compositions() {}

  public static List<Chain> expand(
      CompositionMode mode, List<ImageStrategy> images, List<QuestionStrategy> questions, int maxLevel) {
    return switch (mode) {
      case SINGLE -> single(images, questions);
      case PAIRED -> paired(images, questions);
      case MULTI_STRATEGY -> stacked(images, questions, maxLevel);
    };
  }

  private static List<Chain> single(List<ImageStrategy> images, List<QuestionStrategy> questions) {
    List<Chain> chains = new ArrayList<>();
    chains.add(Chain.vanilla());
    strategies(images, questions).forEach(strategy -> chains.add(Chain.of(strategy)));
    return chains;
  }

  /** (1 + #image) x (1 + #question) chains, vanilla included. */
  private static List<Chain> paired(List<ImageStrategy> images, List<QuestionStrategy> questions) {
    List<Chain> chains = new ArrayList<>();
    for (Strategy image : withNone(images)) {
      for (Strategy question : withNone(questions)) {
        chains.add(new Chain(Stream.of(image, question).filter(Objects::nonNull).toList()));
      }
    }
    return chains;
  }

  /**
   * Level k stacks k hardening strategies; level -k stacks k easing ones; every combination of the
   * enabled strategies up to {@code maxLevel} of them, vanilla (level 0) first.
   */
  private static List<Chain> stacked(List<ImageStrategy> images, List<QuestionStrategy> questions, int maxLevel) {
    List<Strategy> all = strategies(images, questions);
    List<Chain> chains = new ArrayList<>();
    chains.add(Chain.vanilla());
    for (Direction direction : List.of(Direction.EASIER, Direction.HARDER)) {
      List<Strategy> pool = all.stream().filter(s -> s.direction() == direction).toList();
      for (int size = 1; size <= Math.min(maxLevel, pool.size()); size++) {
        combinations(pool, size, 0, new ArrayList<>(), chains);
      }
    }
    chains.sort(Comparator.comparingInt(Chain::level));
    return chains;
  }

  private static void combinations(List<Strategy> pool, int size, int from, List<Strategy> picked, List<Chain> out) {
    if (picked.size() == size) {
      out.add(new Chain(picked));
      return;
    }
    for (int i = from; i < pool.size(); i++) {
      picked.add(pool.get(i));
      combinations(pool, size, i + 1, picked, out);
      picked.remove(picked.size() - 1);
    }
  }

  private static List<Strategy> strategies(List<ImageStrategy> images, List<QuestionStrategy> questions) {
    return Stream.<Strategy>concat(images.stream(), questions.stream()).distinct().toList();
  }

  private static List<Strategy> withNone(List<? extends Strategy> strategies) {
    List<Strategy> options = new ArrayList<>();
    options.add(null);
    options.addAll(strategies);
    return options;
  }
}
