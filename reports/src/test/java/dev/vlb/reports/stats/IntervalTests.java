package dev.vlb.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTests {

  @Test
  void wilsonIntervalOfEightInTenIsTheTextbookValue() {
    Interval interval = Interval.wilson(8, 10, 0.95).orElseThrow();

    assertThat(interval.lower()).isCloseTo(0.4902, within(0.00005));
    assertThat(interval.upper()).isCloseTo(0.9433, within(0.00005));
    assertThat(interval.confidence()).isEqualTo(0.95);
  }

  @Test
  void wilsonIntervalStaysInsideZeroAndOneAtTheEdges() {
    Interval none = Interval.wilson(0, 5, 0.95).orElseThrow();
    Interval all = Interval.wilson(5, 5, 0.95).orElseThrow();

    assertThat(none.lower()).isCloseTo(0.0, within(1e-12));
    assertThat(none.upper()).isCloseTo(0.4345, within(0.00005));
    assertThat(all.lower()).isCloseTo(0.5655, within(0.00005));
    assertThat(all.upper()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void nothingAnsweredHasNoInterval() {
    assertThat(Interval.wilson(0, 0, 0.95)).isEmpty();
    assertThat(Tally.EMPTY.interval()).isEmpty();
    assertThat(Figures.interval(Tally.EMPTY.interval())).isEqualTo("–");
  }
}
