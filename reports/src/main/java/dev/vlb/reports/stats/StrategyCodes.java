package dev.vlb.reports.stats;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.Strategy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Names and orders strategy codes as the paper does: V1-V3, then L1-L4. A code this version does not
 * know (a journal of a newer engine) keeps its code as its name and sorts last.
 */
final class StrategyCodes {

  private static final List<String> ORDER = Stream.concat(
      Arrays.stream(ImageStrategy.values()), Arrays.stream(QuestionStrategy.values()))
      .map(Strategy::code)
      .toList();

  /** Orders codes, then chains code by code (so V1 before V1+L1 before V3). */
  static final Comparator<List<String>> CHAINS = StrategyCodes::compareChains;

  private StrategyCodes() {}

  static int rank(String code) {
    int index = ORDER.indexOf(code);
    return index < 0 ? ORDER.size() : index;
  }

  /** E.g. "V1 add object"; an unknown code alone. */
  static String label(String code) {
    return known(code) ? code + " " + Strategy.ofCode(code).label() : code;
  }

  /** "harder" or "easier"; empty for an unknown code. */
  static String direction(String code) {
    return known(code) ? Strategy.ofCode(code).direction().name().toLowerCase(Locale.ROOT) : "";
  }

  private static boolean known(String code) {
    return ORDER.contains(code);
  }

  private static int compareChains(List<String> left, List<String> right) {
    if (left.size() != right.size()) {
      return Integer.compare(left.size(), right.size());
    }
    for (int i = 0; i < left.size(); i++) {
      int order = Integer.compare(rank(left.get(i)), rank(right.get(i)));
      if (order == 0) {
        order = left.get(i).compareTo(right.get(i));
      }
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }
}
