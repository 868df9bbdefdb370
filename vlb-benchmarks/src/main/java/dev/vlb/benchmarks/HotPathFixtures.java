package dev.vlb.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the JMH benchmarks of the hot paths work on: one MMBench-style multiple-choice item about the
 * 84 KB photo-like PNG of {@link ThroughputBenchmark}, and the chat-completions replies a server sends
 * about it. Public because the benchmarks of package-private engine code live in the engine's packages.
 *
 * <p>The benchmarks report the average time per operation in microseconds and, through JMH's GC
 * profiler, the bytes allocated per operation ({@code gc.alloc.rate.norm}). All of them, against the
 * engine just built (about two minutes on two cores):
 *
 * <pre>
 * mvn -Pbench,jmh -pl vlb-benchmarks -am package -DskipTests
 * # some of them, with other JMH options (the default is -prof gc)
 * mvn -Pbench,jmh -pl vlb-benchmarks -am package -DskipTests -Djmh.args="-prof gc -wi 1 -i 1 RequestBody"
 * </pre>
 *
 * <p>To run them again without Maven, write the class path once, in the same reactor build:
 *
 * <pre>
 * mvn -Pbench -pl vlb-benchmarks -am package -DskipTests \
 *     org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp "vlb-benchmarks/target/classes:$(cat vlb-benchmarks/cp.txt)" org.openjdk.jmh.Main -prof gc
 * </pre>
 */
public final class HotPathFixtures {

  /** The model name the requests carry, as a vLLM deployment spells it. */
  public static final String MODEL = "Qwen/Qwen2-VL-7B-Instruct";
  public static final String BASE_URL = "http://gpu-1:8000/v1";

  /** A reply that is the letter alone, as the instruction asks. */
  public static final String LETTER_REPLY = "B";
  /** A reply that states its letter and then explains, as chat models tend to. */
  public static final String VERBOSE_REPLY = "The answer is (B) blue because the car in the foreground is painted"
      + " a deep metallic blue; the red you may notice is the awning of the shop behind it, and neither green nor"
      + " white appears on the car itself.";
  /** A reply that names no letter: the scorer falls back to finding the one option whose words it holds. */
  public static final String OPTION_TEXT_REPLY = "The car in the foreground of the picture is blue.";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PHOTO_WIDTH = 320;
  private static final int PHOTO_HEIGHT = 240;

  private HotPathFixtures() {}

  /** A new {@link Image} instance holding the 84 KB PNG (84,397 bytes); each call renders it again. */
  public static Image photo() {
    try {
      return Image.png(ThroughputBenchmark.photoPng(), PHOTO_WIDTH, PHOTO_HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the benchmark photo", e);
    }
  }

  /** The multiple-choice item about {@code image}; the answer is B. */
  public static Sample question(Image image) {
    return new Sample("mmbench-1042", image, "", "What color is the car in the foreground?",
        List.of("red", "blue", "green", "white"), "B", TaskType.MULTIPLE_CHOICE, null);
  }

  /** The body of a vLLM chat-completions reply whose answer is {@code content}, as the client reads it. */
  public static String chatCompletion(String content) {
    ObjectNode reply = JSON.createObjectNode()
        .put("id", "chatcmpl-5f0c9e2b8d4a4c07a1e3b6f2d9c81a47")
        .put("object", "chat.completion")
        .put("created", 1_735_689_600L)
        .put("model", MODEL);
    ObjectNode choice = reply.putArray("choices").addObject().put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", content).putArray("tool_calls");
    choice.putNull("logprobs");
    choice.put("finish_reason", "stop").putNull("stop_reason");
    reply.putObject("usage").put("prompt_tokens", 412).put("total_tokens", 431).put("completion_tokens", 19);
    reply.putNull("prompt_logprobs");
    try {
      return JSON.writeValueAsString(reply);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
