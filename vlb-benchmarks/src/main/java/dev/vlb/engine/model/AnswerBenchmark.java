package dev.vlb.engine.model;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.Sample;
import dev.vlb.benchmarks.HotPathBenchmark;
import dev.vlb.benchmarks.HotPathFixtures;
import dev.vlb.engine.scoring.Score;
import dev.vlb.engine.scoring.Scorer;
import dev.vlb.engine.scoring.Scorers;
import java.time.Duration;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * From a chat-completions reply to a scored multiple-choice answer: the client parses the body
 * ({@link Json#parseReply}, {@link OpenAiProtocol#parse}), redacts the API key from the text and makes the
 * {@link ModelReply}; the engine then scores it with MMBench's scorer ({@link Scorers}). Scoring is
 * measured for a bare letter, a verbose reply that states its letter, and one that names only the
 * option's text.
 *
 * <p>In the engine's package {@code dev.vlb.engine.model} (a split package on the class path, as tests
 * are) because the protocol is package-private. Run as {@link HotPathFixtures} says.
 */
@State(Scope.Thread)
public class AnswerBenchmark extends HotPathBenchmark {

  private final Protocol protocol = Provider.OPENAI.protocol();
  private final Redactor redactor = Redactor.of("sk-proj-benchmark0key0that0is0never0in0a0reply");
  private final Duration latency = Duration.ofMillis(843);
  private String verboseBody;

  /** One reply to score; the parameter picks which. */
  @State(Scope.Thread)
  public static class Reply {

    @Param({"letter", "verbose", "optionText"})
    public String style;

    Sample sample;
    Scorer scorer;
    String text;

    @Setup
    public void setUp() {
      sample = HotPathFixtures.question(HotPathFixtures.photo());
      scorer = Scorers.create("mmbench", TaskType.MULTIPLE_CHOICE, Optional.empty(), false);
      text = switch (style) {
        case "letter" -> HotPathFixtures.LETTER_REPLY;
        case "verbose" -> HotPathFixtures.VERBOSE_REPLY;
        case "optionText" -> HotPathFixtures.OPTION_TEXT_REPLY;
        default -> throw new IllegalArgumentException("unknown reply style " + style);
      };
    }
  }

  @Setup
  public void setUp() {
    verboseBody = HotPathFixtures.chatCompletion(HotPathFixtures.VERBOSE_REPLY);
  }

  /** The client's work on a successful reply's body, once OkHttp has read it as a string. */
  @Benchmark
  public ModelReply parseVerbose() {
    ParsedReply answer = protocol.parse(Json.parseReply(verboseBody));
    return new ModelReply(redactor.redact(answer.text()), latency, answer.usage(), false);
  }

  /** The engine's scoring of the reply's text, as {@code Answering} calls it. */
  @Benchmark
  public Score score(Reply reply) {
    return reply.scorer.score(reply.sample, reply.text);
  }
}
