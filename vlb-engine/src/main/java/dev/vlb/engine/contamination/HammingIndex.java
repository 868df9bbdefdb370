package dev.vlb.engine.contamination;

import java.util.ArrayList;
import java.util.List;

/**
 * 64-bit hashes searched by Hamming distance with multi-index hashing (Norouzi, Punjani and Fleet,
 * "Fast Search in Hamming Space with Multi-Index Hashing", CVPR 2012). The hash is cut into four 16-bit
 * chunks, each with a table from chunk value to the hashes that have it. If two hashes differ in at most
 * {@code r} bits, one of the four chunks differs in at most {@code r / 4} bits (else the four would add
 * up to more than {@code r}); so a search probes, in each table, the chunk values within {@code r / 4}
 * bits of the query's, and checks the full distance of only the hashes found there.
 *
 * <p>Why not a BK-tree: on 64-bit hashes most distances lie near 32, so a tree's edges prune little, and
 * a search of radius 8 visited 43% of a 100,000-node tree; this index checks under 1% of the hashes at
 * radius 11 (see the tests). The cost per search is the probes ({@code 4 * 137} at radius 8 to 11) plus
 * the hashes in the probed buckets, which grows with the corpus divided by 65,536.
 *
 * <p>Built once and then only read, so safe to search from several threads.
 */
final class HammingIndex {

  /** A stored value and the distance of its hash from the query. */
  record Neighbour(int value, int distance) {}

  private static final int CHUNKS = 4;
  private static final int BITS = Long.SIZE / CHUNKS;
  private static final int BUCKETS = 1 << BITS;
  private static final int MASK = BUCKETS - 1;

  private final long[] hashes;
  /** Per chunk, where each bucket's values start in {@link #members}; bucket b ends where b + 1 starts. */
  private final int[][] starts;
  /** Per chunk, the values ordered by their chunk's bucket. */
  private final int[][] members;

  private HammingIndex(long[] hashes, int[][] starts, int[][] members) {
    this.hashes = hashes;
    this.starts = starts;
    this.members = members;
  }

  /** The index of {@code hashes[i]} under value {@code i}. */
  static HammingIndex of(long[] hashes) {
    long[] copy = hashes.clone();
    int[][] starts = new int[CHUNKS][];
    int[][] members = new int[CHUNKS][];
    for (int chunk = 0; chunk < CHUNKS; chunk++) {
      int[] start = new int[BUCKETS + 1];
      for (long hash : copy) {
        start[chunk(hash, chunk) + 1]++;
      }
      for (int bucket = 0; bucket < BUCKETS; bucket++) {
        start[bucket + 1] += start[bucket];
      }
      int[] next = start.clone();
      int[] member = new int[copy.length];
      for (int value = 0; value < copy.length; value++) {
        member[next[chunk(copy[value], chunk)]++] = value;
      }
      starts[chunk] = start;
      members[chunk] = member;
    }
    return new HammingIndex(copy, starts, members);
  }

  /** How many values are stored. */
  int size() {
    return hashes.length;
  }

  /** The values whose hash lies within {@code radius} bits of {@code hash}, in no particular order. */
  List<Neighbour> within(long hash, int radius) {
    List<Neighbour> found = new ArrayList<>();
    search(hash, radius, found);
    return found;
  }

  /** How many stored hashes a search compares with the query in full: its work beyond the probes. */
  int visits(long hash, int radius) {
    return search(hash, radius, new ArrayList<>());
  }

  private int search(long hash, int radius, List<Neighbour> found) {
    int chunkRadius = Math.min(radius, Long.SIZE) / CHUNKS;
    int visited = 0;
    for (int chunk = 0; chunk < CHUNKS; chunk++) {
      int own = chunk(hash, chunk);
      for (int flips = 0; flips <= Math.min(chunkRadius, BITS); flips++) {
        for (int mask = (1 << flips) - 1; mask < BUCKETS; mask = nextWithSameBits(mask)) {
          visited += scan(hash, radius, chunk, own ^ mask, chunkRadius, found);
          if (mask == 0) {
            break;
          }
        }
      }
    }
    return visited;
  }

  /** Adds the bucket's values within the radius that no earlier chunk's table has already given. */
  private int scan(long hash, int radius, int chunk, int bucket, int chunkRadius, List<Neighbour> found) {
    int[] member = members[chunk];
    int end = starts[chunk][bucket + 1];
    for (int i = starts[chunk][bucket]; i < end; i++) {
      int value = member[i];
      long stored = hashes[value];
      if (!foundEarlier(stored, hash, chunk, chunkRadius)) {
        int distance = PerceptualHash.distance(stored, hash);
        if (distance <= radius) {
          found.add(new Neighbour(value, distance));
        }
      }
    }
    return end - starts[chunk][bucket];
  }

  private static boolean foundEarlier(long stored, long hash, int chunk, int chunkRadius) {
    for (int earlier = 0; earlier < chunk; earlier++) {
      if (Integer.bitCount(chunk(stored, earlier) ^ chunk(hash, earlier)) <= chunkRadius) {
        return true;
      }
    }
    return false;
  }

  private static int chunk(long hash, int chunk) {
    return (int) (hash >>> (chunk * BITS)) & MASK;
  }

  /**
   * The next larger mask with as many bits set (Gosper's hack), or {@link #BUCKETS} or more when there
   * is none below it.
   */
  private static int nextWithSameBits(int mask) {
    int lowest = mask & -mask;
    int ripple = mask + lowest;
    return ripple | (((mask ^ ripple) >>> 2) / lowest);
  }
}
