package dev.vlb.engine.bootstrap.image;

import nu.pattern.OpenCV;

/** OpenCV's native library, unpacked from its jar and loaded once per JVM. */
final class Natives {

  private Natives() {}

  /** Loads the library on first use; later calls return at once. */
  static void load() {
    Holder.ensureLoaded();
  }

  /** The class initialisation is the once-only, thread-safe load. */
  private static final class Holder {

    static {
      OpenCV.loadLocally();
    }

    static void ensureLoaded() {
      // Reaching here means the static initialiser ran.
    }
  }
}
