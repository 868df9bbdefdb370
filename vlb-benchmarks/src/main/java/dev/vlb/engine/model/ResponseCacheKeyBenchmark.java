package dev.vlb.engine.model;

import dev.vlb.api.spi.Image;
import dev.vlb.benchmarks.HotPathBenchmark;
import dev.vlb.benchmarks.HotPathFixtures;
import dev.vlb.engine.execution.Prompts;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The response cache's key of an ask about the 84 KB PNG ({@link ResponseCache#key}), which the client
 * computes for every ask when the cache is on, before it looks the key up. The image's base64 is hashed
 * once per image and request header ({@link EncodedImage#digestAfter}); later asks about the same image
 * clone that digest and hash only the rest of the body.
 *
 * <p>{@link #firstAsk} alternates between two models, whose headers differ, so that every key hashes the
 * image again, as the first ask about a new image does. In the engine's package
 * {@code dev.vlb.engine.model} (a split package on the class path, as tests are) because these types are
 * package-private. Run as {@link HotPathFixtures} says.
 */
@State(Scope.Thread)
public class ResponseCacheKeyBenchmark extends HotPathBenchmark {

  private final ClientConfig[] configs = new ClientConfig[2];
  private final JsonBody[] bodies = new JsonBody[2];
  private String endpoint;
  private int asks;

  @Setup
  public void setUp() {
    Image photo = HotPathFixtures.photo();
    Optional<EncodedImage> image = Optional.of(EncodedImage.of(photo));
    String prompt = Prompts.format(HotPathFixtures.question(photo));
    configs[0] = ClientSteps.config(HotPathFixtures.MODEL);
    configs[1] = ClientSteps.config(HotPathFixtures.MODEL + "-AWQ");
    for (int i = 0; i < 2; i++) {
      bodies[i] = ClientSteps.body(configs[i], image, prompt);
    }
    endpoint = configs[0].displayName();
  }

  @Benchmark
  public String firstAsk() {
    int which = asks++ & 1;
    return ResponseCache.key(configs[which].cacheModel(), endpoint, bodies[which]);
  }

  @Benchmark
  public String laterAsk() {
    return ResponseCache.key(configs[0].cacheModel(), endpoint, bodies[0]);
  }
}
