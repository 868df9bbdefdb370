package dev.vlb.engine.contamination.semantic;

/** The arithmetic of embeddings: unit length, and the dot product that is then their cosine. */
final class Vectors {

  private Vectors() {}

  /**
   * A copy of {@code vector} scaled to unit length, so that a dot product of two is their cosine.
   *
   * @throws IllegalArgumentException when it is empty, has no length, or holds NaN or infinity
   */
  static float[] normalised(float[] vector) {
    if (vector.length == 0) {
      throw new IllegalArgumentException("the embedding is empty");
    }
    double squares = 0;
    for (float value : vector) {
      if (!Float.isFinite(value)) {
        throw new IllegalArgumentException("the embedding holds " + value);
      }
      squares += (double) value * value;
    }
    if (squares == 0) {
      throw new IllegalArgumentException("the embedding is all zeros");
    }
    double norm = Math.sqrt(squares);
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] / norm);
    }
    return unit;
  }

  /**
   * The dot product of {@code query} with the row of {@code matrix} that starts at {@code offset}.
   * Eight sums side by side: one sum waits for each addition before the next, eight keep the core busy
   * (about twice as fast on JDK 17, which does not vectorise a float sum by itself).
   */
  static float dot(float[] matrix, int offset, float[] query) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    float s6 = 0;
    float s7 = 0;
    int length = query.length;
    int i = 0;
    for (; i + 7 < length; i += 8) {
      int at = offset + i;
      s0 += matrix[at] * query[i];
      s1 += matrix[at + 1] * query[i + 1];
      s2 += matrix[at + 2] * query[i + 2];
      s3 += matrix[at + 3] * query[i + 3];
      s4 += matrix[at + 4] * query[i + 4];
      s5 += matrix[at + 5] * query[i + 5];
      s6 += matrix[at + 6] * query[i + 6];
      s7 += matrix[at + 7] * query[i + 7];
    }
    for (; i < length; i++) {
      s0 += matrix[offset + i] * query[i];
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }
}
