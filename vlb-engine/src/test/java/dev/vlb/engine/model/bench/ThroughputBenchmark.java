package dev.vlb.engine.model.bench;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.engine.configuration.Settings;
import dev.vlb.engine.model.CallStatistics;
import dev.vlb.engine.model.ModelClients;
import dev.vlb.engine.model.RemoteModel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;

/**
 * End-to-end throughput of the model client against {@link FakeOpenAiServer}: achieved requests per
 * second as a share of the ideal, concurrency / latency. Not a unit test: run it by hand with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.vlb.engine.model.bench.ThroughputBenchmark [latencyMs] [rounds] [concurrency...]}.
 * Each measurement sends {@code rounds x concurrency} requests after a warm-up of two rounds.
 */
public final class ThroughputBenchmark {

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Duration latency = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 50);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int[] concurrencies = args.length > 2
        ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {8, 64};
    ModelQuery query = new ModelQuery(Image.png(smallPng(), 64, 64), "Which shape is red?\nA. circle\nB. square");
    System.out.printf("latency %d ms, %d rounds per concurrency, %d-byte PNG%n", latency.toMillis(), rounds, query.image().orElseThrow().size());
    try (FakeOpenAiServer server = FakeOpenAiServer.start(latency, 512)) {
      for (int concurrency : concurrencies) {
        measure(server, concurrency, rounds, latency, query);
      }
    }
  }

  private static void measure(FakeOpenAiServer server, int concurrency, int rounds, Duration latency, ModelQuery query) {
    Settings settings = Settings.of(Map.of(
        "vlb.model.url", server.url(),
        "vlb.model.name", "fake",
        "vlb.model.timeout", "60s",
        "vlb.concurrency", Integer.toString(concurrency),
        "vlb.cache.enabled", "false"));
    try (RemoteModel model = (RemoteModel) ModelClients.create("model", settings).orElseThrow()) {
      askAll(model, 2 * concurrency, query);
      int requests = rounds * concurrency;
      long started = System.nanoTime();
      List<ModelReply> replies = askAll(model, requests, query);
      double seconds = (System.nanoTime() - started) / 1e9;
      double achieved = requests / seconds;
      double ideal = concurrency / (latency.toNanos() / 1e9);
      double meanCallMillis = replies.stream().mapToLong(reply -> reply.latency().toNanos()).average().orElse(0) / 1e6;
      CallStatistics statistics = model.statistics();
      System.out.printf(
          "concurrency %3d: %6d requests in %6.2f s = %8.1f req/s, ideal %8.1f req/s, ratio %.3f; mean call %.1f ms, failures %d%n",
          concurrency, requests, seconds, achieved, ideal, achieved / ideal, meanCallMillis, statistics.failures());
    }
  }

  /** Sends every request at once; the client's own bound keeps {@code concurrency} in flight. */
  private static List<ModelReply> askAll(RemoteModel model, int requests, ModelQuery query) {
    List<CompletableFuture<ModelReply>> replies = new ArrayList<>(requests);
    for (int i = 0; i < requests; i++) {
      replies.add(model.ask(query).toCompletableFuture());
    }
    return replies.stream().map(CompletableFuture::join).toList();
  }

  private static byte[] smallPng() throws IOException {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        image.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }
}
