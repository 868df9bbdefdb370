package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * McNemar's exact test on paired outcomes: of the pairs answered in both runs, {@code b} passed in the
 * baseline and failed in the candidate, {@code c} the reverse. Under "no change" each of the b + c
 * discordant pairs is a fair coin, so the two-sided p-value is min(1, 2 P(X <= min(b, c))) with
 * X ~ Binomial(b + c, 1/2). Exact rather than chi-squared, because a release usually flips few variants.
 *
 * @param pairs the pairs answered in both runs, discordant or not
 * @param b passed in the baseline, failed in the candidate
 * @param c failed in the baseline, passed in the candidate
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Mcnemar(long pairs, long b, long c) {

  public Mcnemar {
    if (b < 0 || c < 0 || b + c > pairs) {
      throw new IllegalArgumentException("b = " + b + " and c = " + c + " do not fit " + pairs + " pairs");
    }
  }

  /** The two-sided exact p-value; 1 when no pair flipped. */
  public double pValue() {
    long discordant = b + c;
    if (discordant == 0) {
      return 1;
    }
    BinomialDistribution flips = new BinomialDistribution(Math.toIntExact(discordant), 0.5);
    return Math.min(1, 2 * flips.cumulativeProbability(Math.toIntExact(Math.min(b, c))));
  }

  /** Whether the candidate lost significantly more pairs than it gained, at level {@code alpha}. */
  public boolean worseAt(double alpha) {
    return b > c && pValue() < alpha;
  }
}
