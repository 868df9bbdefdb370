package dev.vlb.engine.contamination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.engine.contamination.HammingIndex.Neighbour;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HammingIndexTests {

  private static final Comparator<Neighbour> ORDER = Comparator.comparingInt(Neighbour::value);

  @Test
  void findsExactlyWhatABruteForceScanFindsOnRandomHashes() {
    SplittableRandom random = new SplittableRandom(17);
    long[] hashes = clustered(random, 20_000);
    HammingIndex index = HammingIndex.of(hashes);

    for (int query = 0; query < 200; query++) {
      long hash = query % 2 == 0 ? random.nextLong() : flip(hashes[random.nextInt(hashes.length)], random.nextInt(8), random);
      for (int radius : new int[] {0, 3, 4, 8, 14, 64}) {
        assertThat(sorted(index.within(hash, radius))).as("query %d, radius %d", query, radius)
            .isEqualTo(bruteForce(hashes, hash, radius));
      }
    }
  }

  @Test
  void keepsEveryValueOfIdenticalHashes() {
    HammingIndex index = HammingIndex.of(new long[] {0xF0L, 0xF0L, 0xF1L, 0xF0L});

    assertThat(sorted(index.within(0xF0L, 0)))
        .containsExactly(new Neighbour(0, 0), new Neighbour(1, 0), new Neighbour(3, 0));
    assertThat(sorted(index.within(0xF3L, 1))).containsExactly(new Neighbour(2, 1));
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void anEmptyIndexFindsNothing() {
    HammingIndex index = HammingIndex.of(new long[0]);

    assertThat(index.within(42L, 64)).isEmpty();
    assertThat(index.visits(42L, 64)).isZero();
  }

  /** Sub-linear: a near-duplicate search compares the query with a small share of the hashes. */
  @Test
  void aNearDuplicateSearchComparesASmallShareOfTheHashes() {
    SplittableRandom random = new SplittableRandom(5);
    long[] hashes = clustered(random, 100_000);
    HammingIndex index = HammingIndex.of(hashes);

    long visitedAt3 = 0;
    long visitedAt11 = 0;
    for (int query = 0; query < 100; query++) {
      long hash = random.nextLong();
      visitedAt3 += index.visits(hash, 3);
      visitedAt11 += index.visits(hash, 11);
    }

    assertThat(visitedAt3 / 100.0 / hashes.length).isLessThan(0.0001);
    assertThat(visitedAt11 / 100.0 / hashes.length).isLessThan(0.01);
  }

  /** Hashes as a corpus gives them: most unrelated, some in families of near-duplicates. */
  private static long[] clustered(SplittableRandom random, int count) {
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = i > 0 && random.nextInt(4) == 0 ? flip(hashes[random.nextInt(i)], random.nextInt(6), random) : random.nextLong();
    }
    return hashes;
  }

  private static long flip(long hash, int bits, SplittableRandom random) {
    long flipped = hash;
    for (int i = 0; i < bits; i++) {
      flipped ^= 1L << random.nextInt(64);
    }
    return flipped;
  }

  private static List<Neighbour> bruteForce(long[] hashes, long hash, int radius) {
    List<Neighbour> found = new ArrayList<>();
    for (int i = 0; i < hashes.length; i++) {
      int distance = Long.bitCount(hashes[i] ^ hash);
      if (distance <= radius) {
        found.add(new Neighbour(i, distance));
      }
    }
    return found;
  }

  private static List<Neighbour> sorted(List<Neighbour> neighbours) {
    List<Neighbour> copy = new ArrayList<>(neighbours);
    copy.sort(ORDER);
    return copy;
  }
}
