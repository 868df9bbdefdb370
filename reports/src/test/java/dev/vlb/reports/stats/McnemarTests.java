package dev.vlb.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class McnemarTests {

  @Test
  void noFlipIsNoEvidence() {
    Mcnemar test = new Mcnemar(100, 0, 0);

    assertThat(test.pValue()).isEqualTo(1.0);
    assertThat(test.worseAt(0.05)).isFalse();
  }

  @Test
  void thirtyLossesAndNoGainIsTwiceHalfToTheThirtieth() {
    Mcnemar test = new Mcnemar(100, 30, 0);

    assertThat(test.pValue()).isCloseTo(2 * Math.pow(0.5, 30), within(1e-24));
    assertThat(test.worseAt(0.05)).isTrue();
  }

  @Test
  void bothTailsOfTheBinomialCount() {
    // 3 losses, 1 gain: 2 * P(X <= 1), X ~ Binomial(4, 1/2) = 2 * (1 + 4) / 16
    assertThat(new Mcnemar(10, 3, 1).pValue()).isCloseTo(0.625, within(1e-15));
    // 1 loss, 6 gains: 2 * (1 + 7) / 128, and gains are never a regression however significant
    assertThat(new Mcnemar(10, 1, 6).pValue()).isCloseTo(0.125, within(1e-15));
    assertThat(new Mcnemar(10, 0, 9).worseAt(0.05)).isFalse();
  }

  @Test
  void aBalancedSplitIsCappedAtOne() {
    // 2 * P(X <= 5), X ~ Binomial(10, 1/2) = 2 * 638 / 1024 > 1
    assertThat(new Mcnemar(10, 5, 5).pValue()).isEqualTo(1.0);
  }

  @Test
  void flipsCannotOutnumberThePairs() {
    assertThatThrownBy(() -> new Mcnemar(3, 2, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("b = 2 and c = 2 do not fit 3 pairs");
  }
}
