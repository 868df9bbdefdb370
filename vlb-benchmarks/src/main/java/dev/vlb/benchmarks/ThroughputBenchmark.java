package dev.vlb.benchmarks;

import com.sun.management.OperatingSystemMXBean;
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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;

/**
 * End-to-end throughput of the model client against {@link FakeOpenAiServer}: achieved requests per
 * second as a share of the ideal, concurrency / latency, and the process CPU time per request. Not a
 * unit test: run it by hand, with the class path written as {@link HotPathFixtures} says, with
 * {@code java -cp "vlb-benchmarks/target/classes:$(cat vlb-benchmarks/cp.txt)" dev.vlb.benchmarks.ThroughputBenchmark
 * [options] [latencyMs] [rounds] [concurrency...]}.
 * Each measurement sends {@code rounds x concurrency} requests after a warm-up of two rounds or
 * {@value #WARM_UP} requests, whichever is more (fewer leave the JIT's work in the CPU figures).
 *
 * <p>Options:
 * <ul>
 *   <li>{@code --photo}: a 320x240 photo-like PNG of about 84 KB instead of a 1 KB 64x64 one
 *   <li>{@code --asks-per-image=N}: how many requests share one {@link Image} instance, as a paired
 *       item's variants or CircularEval's rotations do (default 1: every request its own instance,
 *       holding the same bytes)
 *   <li>{@code --cache}: the response cache on, in a fresh directory; every prompt differs, so every
 *       request is a miss that is then written
 * </ul>
 *
 * <p>The fake server runs in this process; the CPU figures say how much of the process CPU its threads
 * took, and the rest is the client's (with the JIT and the garbage collector).
 */
public final class ThroughputBenchmark {

  private static final int WARM_UP = 400;
  private static final int PHOTO_WIDTH = 320;
  private static final int PHOTO_HEIGHT = 240;
  private static final int PHOTO_BAND_HEIGHT = 107;

  private ThroughputBenchmark() {}

  private record Options(boolean photo, int asksPerImage, boolean cache, Duration latency, int rounds, int[] concurrencies) {

    static Options parse(String[] args) {
      boolean photo = false;
      boolean cache = false;
      int asksPerImage = 1;
      List<String> positional = new ArrayList<>();
      for (String arg : args) {
        if (arg.equals("--photo")) {
          photo = true;
        } else if (arg.equals("--cache")) {
          cache = true;
        } else if (arg.startsWith("--asks-per-image=")) {
          asksPerImage = Integer.parseInt(arg.substring("--asks-per-image=".length()));
        } else {
          positional.add(arg);
        }
      }
      Duration latency = Duration.ofMillis(positional.size() > 0 ? Long.parseLong(positional.get(0)) : 50);
      int rounds = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 50;
      int[] concurrencies = positional.size() > 2
          ? positional.subList(2, positional.size()).stream().mapToInt(Integer::parseInt).toArray()
          : new int[] {8, 64};
      return new Options(photo, asksPerImage, cache, latency, rounds, concurrencies);
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Image image = options.photo() ? Image.png(photoPng(), PHOTO_WIDTH, PHOTO_HEIGHT) : Image.png(smallPng(), 64, 64);
    System.out.printf(Locale.ROOT, "latency %d ms, %d rounds per concurrency, %d-byte PNG, %d asks per image instance, cache %s%n",
        options.latency().toMillis(), options.rounds(), image.size(), options.asksPerImage(), options.cache() ? "on" : "off");
    try (FakeOpenAiServer server = FakeOpenAiServer.start(options.latency(), 512)) {
      for (int concurrency : options.concurrencies()) {
        measure(server, concurrency, options, image);
      }
    }
  }

  private static void measure(FakeOpenAiServer server, int concurrency, Options options, Image image) throws IOException {
    Map<String, String> settings = new HashMap<>(Map.of(
        "vlb.model.url", server.url(),
        "vlb.model.name", "fake",
        "vlb.model.timeout", "60s",
        "vlb.concurrency", Integer.toString(concurrency),
        "vlb.cache.enabled", Boolean.toString(options.cache())));
    if (options.cache()) {
      settings.put("vlb.cache.dir", Files.createTempDirectory("vlb-bench-cache").toString());
    }
    try (RemoteModel model = (RemoteModel) ModelClients.create("model", Settings.of(settings)).orElseThrow()) {
      Queries queries = new Queries(image, options.asksPerImage());
      askAll(model, Math.max(2 * concurrency, WARM_UP), concurrency, queries);
      int requests = options.rounds() * concurrency;
      OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
      long processCpu = os.getProcessCpuTime();
      long serverCpu = FakeOpenAiServer.cpuNanos();
      long started = System.nanoTime();
      List<ModelReply> replies = askAll(model, requests, concurrency, queries);
      double seconds = (System.nanoTime() - started) / 1e9;
      double processMillis = (os.getProcessCpuTime() - processCpu) / 1e6 / requests;
      double serverMillis = (FakeOpenAiServer.cpuNanos() - serverCpu) / 1e6 / requests;
      double achieved = requests / seconds;
      double ideal = concurrency / (options.latency().toNanos() / 1e9);
      double meanCallMillis = replies.stream().mapToLong(reply -> reply.latency().toNanos()).average().orElse(0) / 1e6;
      CallStatistics statistics = model.statistics();
      System.out.printf(Locale.ROOT,
          "concurrency %3d: %6d requests in %6.2f s = %8.1f req/s, ideal %8.1f req/s, ratio %.3f; mean call %.1f ms, failures %d;"
              + " CPU per request %.3f ms (fake server %.3f ms, client and JVM %.3f ms)%n",
          concurrency, requests, seconds, achieved, ideal, achieved / ideal, meanCallMillis, statistics.failures(),
          processMillis, serverMillis, processMillis - serverMillis);
    }
  }

  /** Distinct prompts, so that the cache (when on) never answers; a new image instance every few asks. */
  private static final class Queries {

    private final byte[] imageBytes;
    private final int width;
    private final int height;
    private final int asksPerImage;
    private Image current;
    private long asked;

    Queries(Image image, int asksPerImage) {
      this.imageBytes = image.bytes();
      this.width = image.width();
      this.height = image.height();
      this.asksPerImage = asksPerImage;
    }

    ModelQuery next() {
      if (asked % asksPerImage == 0) {
        current = Image.png(imageBytes, width, height);
      }
      asked++;
      return new ModelQuery(current, "Which shape is red? (" + asked + ")\nA. circle\nB. square");
    }
  }

  /**
   * Keeps twice the concurrency asked and unanswered, as the engine does (its window of items), so that
   * the client's own bound always has requests waiting, yet the requests' bodies do not pile up.
   */
  private static List<ModelReply> askAll(RemoteModel model, int requests, int concurrency, Queries queries) {
    Semaphore window = new Semaphore(2 * concurrency);
    List<CompletableFuture<ModelReply>> replies = new ArrayList<>(requests);
    for (int i = 0; i < requests; i++) {
      window.acquireUninterruptibly();
      replies.add(model.ask(queries.next()).toCompletableFuture().whenComplete((reply, failure) -> window.release()));
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
    return png(image);
  }

  /**
   * A photo-like band (smooth gradients with grain) above a flat page. Grain makes PNG compress as badly
   * as a photo does, and the flat part, whose height is tuned for it, brings the PNG to 84 KB
   * (84,397 bytes).
   */
  static byte[] photoPng() throws IOException {
    BufferedImage image = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Random grain = new Random(42);
    for (int y = 0; y < PHOTO_HEIGHT; y++) {
      for (int x = 0; x < PHOTO_WIDTH; x++) {
        image.setRGB(x, y, y < PHOTO_BAND_HEIGHT ? photoPixel(x, y, grain.nextGaussian() * 3) : 0xE0E0E0);
      }
    }
    return png(image);
  }

  private static int photoPixel(int x, int y, double grain) {
    int red = channel(128 + 100 * Math.sin(x / 40.0) + grain);
    int green = channel(128 + 100 * Math.cos(y / 30.0) + grain);
    int blue = channel(160 + grain);
    return red << 16 | green << 8 | blue;
  }

  private static int channel(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }
}
