package dev.vlb.engine.bootstrap;

import static dev.vlb.api.ImageStrategy.ADD_OBJECT;
import static dev.vlb.api.ImageStrategy.OUTPAINT;
import static dev.vlb.api.ImageStrategy.REMOVE_OBJECT;
import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.RELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.REPHRASE;
import static dev.vlb.api.QuestionStrategy.WORD_SUBSTITUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.CompositionMode;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompositionsTests {

  private static final List<ImageStrategy> IMAGES = List.of(ADD_OBJECT, REMOVE_OBJECT, OUTPAINT);
  private static final List<QuestionStrategy> QUESTIONS =
      List.of(WORD_SUBSTITUTION, REPHRASE, RELEVANT_CONTEXT, IRRELEVANT_CONTEXT);

  @Test
  void pairedIsEveryImageStrategyOrNoneTimesEveryQuestionStrategyOrNone() {
    List<Chain> chains = Compositions.expand(CompositionMode.PAIRED, IMAGES, QUESTIONS, 3);

    assertThat(chains).hasSize(20);
    assertThat(chains).extracting(Chain::id).startsWith("vanilla", "L1", "L2", "L3", "L4", "V1", "V1+L1")
        .contains("V2+L3", "V3+L4").doesNotHaveDuplicates();
    assertThat(chains).filteredOn(chain -> chain.strategies().size() == 2).hasSize(12);
  }

  @Test
  void singleIsVanillaAndEachStrategyAlone() {
    assertThat(Compositions.expand(CompositionMode.SINGLE, IMAGES, QUESTIONS, 3)).extracting(Chain::id)
        .containsExactly("vanilla", "V1", "V2", "V3", "L1", "L2", "L3", "L4");
  }

  @Test
  void multiStrategyStacksStrategiesOfOneDirectionIntoLevels() {
    List<Chain> chains = Compositions.expand(CompositionMode.MULTI_STRATEGY, IMAGES, QUESTIONS, 3);

    Map<Integer, Long> perLevel = chains.stream().collect(Collectors.groupingBy(Chain::level, Collectors.counting()));
    // easing: V2, L3 -> 2 singles + 1 pair; hardening: V1 V3 L1 L2 L4 -> 5 + 10 + 10
    assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of(-2, 1L, -1, 2L, 0, 1L, 1, 5L, 2, 10L, 3, 10L));
    assertThat(chains.get(0).id()).isEqualTo("V2+L3");
    assertThat(chains).extracting(Chain::id).contains("V1+V3+L4");
  }

  @Test
  void chainsApplyImageEditsFirstAndNameStrategiesInPaperOrder() {
    Chain chain = Chain.of(IRRELEVANT_CONTEXT, OUTPAINT, WORD_SUBSTITUTION, REPHRASE, ADD_OBJECT);

    assertThat(chain.strategies()).containsExactly(ADD_OBJECT, OUTPAINT, REPHRASE, WORD_SUBSTITUTION, IRRELEVANT_CONTEXT);
    assertThat(chain.id()).isEqualTo("V1+V3+L1+L2+L4");
    assertThat(chain.level()).isEqualTo(5);
    assertThat(chain.parent().id()).isEqualTo("V1+V3+L1+L2");
    assertThat(Chain.of(ADD_OBJECT, IRRELEVANT_CONTEXT).displayName()).isEqualTo("V1 add object + L4 irrelevant context");
    assertThat(Chain.of(REMOVE_OBJECT, RELEVANT_CONTEXT).level()).isEqualTo(-2);
  }

  @Test
  void parsesIdsWrittenWithPlusOrSpaces() {
    assertThat(Chain.parse("V1+L4")).isEqualTo(Chain.of(ADD_OBJECT, IRRELEVANT_CONTEXT));
    assertThat(Chain.parse("L4 V1")).isEqualTo(Chain.of(ADD_OBJECT, IRRELEVANT_CONTEXT));
    assertThat(Chain.parse("vanilla").isVanilla()).isTrue();
    assertThatThrownBy(() -> Chain.parse("V9"))
        .hasMessage("Unknown strategy code 'V9'; expected one of V1, V2, V3, L1, L2, L3, L4");
  }
}
