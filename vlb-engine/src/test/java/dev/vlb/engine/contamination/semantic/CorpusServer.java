package dev.vlb.engine.contamination.semantic;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * An embedding endpoint for corpora whose images are numbers as text ("7"): image {@code n} is embedded
 * as the vector with a one in place {@code n} (of {@value #DIMENSION}). It answers each request after a
 * moment, counting how many it holds at once, and fails the images it is told to.
 */
final class CorpusServer extends Dispatcher {

  static final int DIMENSION = 16;
  /** A PNG's signature: a corpus file starts with it, then the number, so that it is taken for an image. */
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<Integer> failing;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  CorpusServer(Set<Integer> failing) {
    this.failing = failing;
  }

  /** The file of number {@code n} in a corpus folder. */
  static Path file(Path folder, int n) throws IOException {
    byte[] number = Integer.toString(n).getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Arrays.copyOf(PNG, PNG.length + number.length);
    System.arraycopy(number, 0, bytes, PNG.length, number.length);
    return Files.write(Files.createDirectories(folder).resolve("img-" + n + ".png"), bytes);
  }

  /** The image of number {@code n}, as a corpus holds it. */
  static CorpusBytes image(int n) {
    return new CorpusBytes("img-" + n, Integer.toString(n).getBytes(StandardCharsets.US_ASCII), "image/png");
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(20);
      int n = number(request);
      return failing.contains(n)
          ? new MockResponse.Builder().code(400).body("cannot identify image file").build()
          : Endpoints.embedding(Endpoints.unit(DIMENSION, n % DIMENSION));
    } finally {
      inFlight.decrementAndGet();
    }
  }

  int mostInFlight() {
    return mostInFlight.get();
  }

  private static int number(RecordedRequest request) {
    try {
      String url = JSON.readTree(request.getBody().utf8()).at("/messages/0/content/0/image_url/url").asText();
      byte[] image = Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
      int from = Arrays.equals(image, 0, Math.min(PNG.length, image.length), PNG, 0, PNG.length) ? PNG.length : 0;
      return Integer.parseInt(new String(image, from, image.length - from, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
