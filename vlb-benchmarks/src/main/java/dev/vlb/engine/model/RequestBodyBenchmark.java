package dev.vlb.engine.model;

import dev.vlb.api.spi.Image;
import dev.vlb.benchmarks.HotPathBenchmark;
import dev.vlb.benchmarks.HotPathFixtures;
import dev.vlb.engine.execution.Prompts;
import java.io.IOException;
import java.util.Optional;
import okhttp3.MediaType;
import okio.BufferedSink;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The OpenAI chat-completions body of one ask about the 84 KB PNG, from the query to the bytes OkHttp
 * sends, along the client's own path: the image's encoding looked up ({@link ImageEncodings}, a hit),
 * the protocol's JSON tree with a slot for the image, {@link JsonBody} (only the JSON around the image
 * is written as text), {@link OneShotBody}, and its bytes written into a buffered sink as OkHttp's
 * HTTP/1.1 exchange writes them (here over a sink that discards them, instead of a socket's).
 * {@link #buildBody} stops before the bytes are written, so the difference is the copying of the base64
 * into OkHttp's buffers.
 *
 * <p>In the engine's package {@code dev.vlb.engine.model} (a split package on the class path, as tests
 * are) because these types are package-private; see {@link ClientSteps}. Run as {@link HotPathFixtures} says.
 */
@State(Scope.Thread)
public class RequestBodyBenchmark extends HotPathBenchmark {

  private static final MediaType JSON = MediaType.get("application/json");

  private ClientConfig config;
  private ImageEncodings encodings;
  private Image photo;
  private String prompt;

  @Setup
  public void setUp() {
    config = ClientSteps.config(HotPathFixtures.MODEL);
    encodings = ImageEncodings.withDefaults();
    photo = HotPathFixtures.photo();
    encodings.encode(photo);
    prompt = Prompts.format(HotPathFixtures.question(photo));
  }

  /** The whole path: the body built and its bytes written. */
  @Benchmark
  public long writeBody() throws IOException {
    OneShotBody body = OneShotBody.of(buildBody(), JSON);
    try (BufferedSink sink = Okio.buffer(Okio.blackhole())) {
      body.writeTo(sink);
      return body.contentLength();
    }
  }

  /** Only the body built: the JSON around the image, without writing the image's bytes. */
  @Benchmark
  public JsonBody buildBody() {
    return ClientSteps.body(config, Optional.of(encodings.encode(photo)), prompt);
  }
}
