package dev.vlb.engine.model;

import dev.vlb.api.spi.Image;
import dev.vlb.benchmarks.HotPathBenchmark;
import dev.vlb.benchmarks.HotPathFixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Turning the 84 KB PNG into what a request carries (its base64, {@link EncodedImage}): the first ask
 * about an image, and a later ask about the same instance, which {@link ImageEncodings} answers (a paired
 * item's question variants share their image, CircularEval asks once per rotation).
 *
 * <p>In the engine's package {@code dev.vlb.engine.model} (a split package on the class path, as tests
 * are) because both types are package-private. Run as {@link HotPathFixtures} says.
 */
@State(Scope.Thread)
public class ImageEncodingBenchmark extends HotPathBenchmark {

  private Image photo;
  private ImageEncodings encodings;

  @Setup
  public void setUp() {
    photo = HotPathFixtures.photo();
    encodings = ImageEncodings.withDefaults();
    encodings.encode(photo);
  }

  /** A new image: its PNG signature checked and its bytes base64-encoded (no re-encoding: it is a PNG). */
  @Benchmark
  public EncodedImage firstAsk() {
    return EncodedImage.of(photo);
  }

  /** The same instance again, as the client asks for it: a lookup by identity under a lock. */
  @Benchmark
  public EncodedImage laterAsk() {
    return encodings.encode(photo);
  }
}
