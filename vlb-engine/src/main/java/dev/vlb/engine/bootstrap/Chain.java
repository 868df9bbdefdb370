package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.Strategy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The strategies one variant stacks, in the order they are applied: image edits before question
 * rewrites, removal before addition before outpainting (which rescales), rephrasing before synonyms
 * (templates match canonical wording), context last. The empty chain is vanilla.
 */
@API(status = INTERNAL, since = "0.1")
public record Chain(List<Strategy> strategies) {

  public static final String VANILLA_ID = "vanilla";

  private static final List<Strategy> APPLICATION_ORDER =
      List.of(
          ImageStrategy.REMOVE_OBJECT,
          ImageStrategy.ADD_OBJECT,
          ImageStrategy.OUTPAINT,
          QuestionStrategy.REPHRASE,
          QuestionStrategy.WORD_SUBSTITUTION,
          QuestionStrategy.RELEVANT_CONTEXT,
          QuestionStrategy.IRRELEVANT_CONTEXT);

  /** Image strategies first, then question strategies, each by number: V1, V3, L1, L4. */
  public static final Comparator<Strategy> PAPER_ORDER =
      Comparator.comparing((Strategy strategy) -> strategy instanceof QuestionStrategy).thenComparing(Strategy::code);

  public Chain {
    strategies = strategies.stream().distinct().sorted(Comparator.comparingInt(APPLICATION_ORDER::indexOf)).toList();
  }

  public static Chain of(Strategy... strategies) {
    return new Chain(Arrays.asList(strategies));
  }

  public static Chain vanilla() {
    return new Chain(List.of());
  }

  /**
   * Parses an id such as {@code V1+L4} or {@code vanilla}; spaces also separate codes, because unique
   * ids typed by hand are URL-decoded ({@code +} becomes a space).
   *
   * @throws IllegalArgumentException naming the unknown code
   */
  public static Chain parse(String id) {
    if (id.strip().equals(VANILLA_ID)) {
      return vanilla();
    }
    return new Chain(Arrays.stream(id.strip().split("[+\\s]+")).map(Strategy::ofCode).toList());
  }

  public boolean isVanilla() {
    return strategies.isEmpty();
  }

  /** {@code #harder - #easier}. */
  public int level() {
    return strategies.stream().mapToInt(strategy -> strategy.direction().weight()).sum();
  }

  /** The codes in the order the paper writes them, e.g. {@code V1+L4}; {@code vanilla} when empty. */
  public String id() {
    return isVanilla() ? VANILLA_ID : codes().collect(Collectors.joining("+"));
  }

  /** E.g. {@code V1 add object + L4 irrelevant context}. */
  public String displayName() {
    return isVanilla()
        ? VANILLA_ID
        : sortedByCode().map(strategy -> strategy.code() + " " + strategy.label()).collect(Collectors.joining(" + "));
  }

  /** The chain without its last applied strategy: the variant it is built on. */
  public Chain parent() {
    return new Chain(strategies.subList(0, Math.max(0, strategies.size() - 1)));
  }

  public Strategy last() {
    return strategies.get(strategies.size() - 1);
  }

  public boolean contains(Strategy strategy) {
    return strategies.contains(strategy);
  }

  private Stream<String> codes() {
    return sortedByCode().map(Strategy::code);
  }

  private Stream<Strategy> sortedByCode() {
    return strategies.stream().sorted(PAPER_ORDER);
  }

  @Override
  public String toString() {
    return id();
  }
}
