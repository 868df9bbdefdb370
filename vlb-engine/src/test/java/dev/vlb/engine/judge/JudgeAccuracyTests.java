package dev.vlb.engine.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.configuration.Settings;
import dev.vlb.engine.judge.JudgeAccuracy.Row;
import dev.vlb.engine.judge.LabelledRewrites.Rewrite;
import dev.vlb.engine.model.ModelClients;
import dev.vlb.engine.world.LabelledVariants;
import dev.vlb.engine.world.LabelledVariants.Pair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judges' own accuracy, against the synthetic world's exact oracle: {@link LabelledVariants} makes
 * harmless and deliberately broken variants of the world's items and the oracle labels every pair. The
 * text judge is also measured on its labelled rewrites. The table goes to
 * {@code vlb-engine/target/judge-accuracy.md} and to standard output.
 *
 * <p>A real judge endpoint is measured on the same pairs with one command (any other {@code vlb.judge.*}
 * key, such as {@code api-key-env}, {@code provider} or {@code concurrency}, is read as in a run):
 * <pre>
 * mvn -pl vlb-engine -am test -Dtest=JudgeAccuracyTests -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dvlb.judge.url=http://gpu-1:8000/v1 -Dvlb.judge.name=OpenGVLab/InternVL2-8B
 * </pre>
 * Without {@code vlb.judge.url} that part is skipped.
 */
class JudgeAccuracyTests {

  private static final long SEED = 2025;
  /** Ten blocks of the world's eleven templates: ten items of each. */
  private static final int ITEMS = 110;
  /** The text judge's labelled rewrites, as {@code TextJudgeAccuracyTests} makes them. */
  private static final long REWRITES_SEED = 20_250_101L;
  private static final int REWRITE_WORLD_ITEMS = 300;
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_RECALL = 0.90;

  private static final String WORLD = "world: " + ITEMS + " items, every edit";
  private static final String WORLD_TEXT = "world: text-only edits";
  private static final String REWRITES = "labelled rewrites";

  private static List<Pair> pairs;
  private static List<Pair> textPairs;
  private static final List<Row> ROWS = new ArrayList<>();

  @BeforeAll
  static void judgeEveryPair() {
    pairs = LabelledVariants.of(SEED, ITEMS);
    textPairs = pairs.stream().filter(Pair::textOnly).toList();
    ROWS.add(JudgeAccuracy.measure(WORLD, pairs, LabelledVariants.oracle()));
    TextJudge text = TextJudge.create();
    ROWS.add(JudgeAccuracy.measure(WORLD_TEXT, textPairs, text));
    ROWS.add(JudgeAccuracy.measure(REWRITES, rewrites(), text));
    ROWS.add(measure(new SceneReader(pairs)));
    ROWS.add(measure(new ImageBlind()));
  }

  private static Row measure(VisionLanguageModel model) {
    ModelJudge judge = ModelJudge.over(model);
    return JudgeAccuracy.measure(judge.name(), WORLD, pairs, judge::judgeAsync);
  }

  @AfterAll
  static void report() {
    String report = String.format(Locale.ROOT, "# Judge accuracy%n%nPositive is accepting: precision = good accepted "
        + "/ accepted, recall = good accepted / good. World pairs: seed %d, %d items, labelled by the exact oracle "
        + "(%d good, %d bad); labelled rewrites: good = the offline L1/L2 rewriters' output, bad = deliberate "
        + "meaning changes.%n%n", SEED, ITEMS, count(pairs, true), count(pairs, false)) + JudgeAccuracy.markdown(ROWS);
    System.out.println(JudgeAccuracy.write("judge-accuracy.md", report).toAbsolutePath() + ":\n" + report);
  }

  @Test
  void theOracleLabelsEveryEditOfTheWorldAndFindsSomeBrokenEditsHarmless() {
    Map<String, String> byEdit = new TreeMap<>(pairs.stream().collect(Collectors.groupingBy(Pair::edit,
        Collectors.collectingAndThen(Collectors.toList(), edit -> count(edit, true) + " good, " + count(edit, false) + " bad"))));

    assertThat(byEdit).isEqualTo(Map.ofEntries(
        Map.entry("V1 add object", "100 good, 0 bad"),
        Map.entry("V2 remove object", "93 good, 0 bad"),
        Map.entry("V3 outpaint", "110 good, 0 bad"),
        Map.entry("L1 word substitution", "110 good, 0 bad"),
        Map.entry("L2 rephrase", "110 good, 0 bad"),
        Map.entry("remove the asked-about object", "11 good, 94 bad"),
        Map.entry("recolour the asked-about object", "31 good, 74 bad"),
        Map.entry("add one more of the asked-about object", "14 good, 91 bad"),
        Map.entry("left <-> right", "0 good, 6 bad"),
        Map.entry("above <-> below", "0 good, 4 bad"),
        Map.entry("drop a negation", "0 good, 20 bad")));
    assertThat(row(LabelledVariants.oracle().name(), WORLD)).satisfies(oracle -> {
      assertThat(oracle.pairs()).isEqualTo(pairs.size());
      assertThat(oracle.precision()).isEqualTo(1.0);
      assertThat(oracle.recall()).isEqualTo(1.0);
    });
  }

  @Test
  void theTextJudgeMeetsItsGoalsOnTheWorldsTextEditsAndOnItsLabelledRewrites() {
    Row world = row(TextJudge.create().name(), WORLD_TEXT);
    Row rewrites = row(TextJudge.create().name(), REWRITES);

    assertThat(List.of(goodAndBad(world), goodAndBad(rewrites))).containsExactly(List.of(220, 30), List.of(476, 1103));
    for (Row text : List.of(world, rewrites)) {
      assertThat(text.precision()).as(text.corpus() + ": precision").isGreaterThanOrEqualTo(MIN_PRECISION);
      assertThat(text.recall()).as(text.corpus() + ": recall").isGreaterThanOrEqualTo(MIN_RECALL);
      assertThat(text.errors()).isZero();
    }
  }

  private static List<Integer> goodAndBad(Row row) {
    return List.of(row.goodAccepted() + row.goodRejected(), row.badAccepted() + row.badRejected());
  }

  /** The scene-reading stand-in is exact: its row must equal the labels, which checks the harness. */
  @Test
  void aStandInThatAnswersFromTheSceneAgreesWithTheOracleOnEveryPair() {
    Row reader = row("lvlm (" + SceneReader.NAME + ")", WORLD);

    assertThat(List.of(reader.goodAccepted(), reader.goodRejected(), reader.badAccepted(), reader.badRejected(),
        reader.errors())).containsExactly(count(pairs, true), 0, 0, count(pairs, false), 0);
  }

  /** An LVLM that ignores the pictures accepts every broken image edit and rejects every paraphrase. */
  @Test
  void aStandInBlindToThePicturesLosesPrecisionOnImageEditsAndRecallOnParaphrases() {
    Row blind = row("lvlm (" + ImageBlind.NAME + ")", WORLD);

    assertThat(List.of(blind.goodAccepted(), blind.goodRejected(), blind.badAccepted(), blind.badRejected(),
        blind.errors())).containsExactly(359, 220, 259, 30, 0);
    assertThat(String.format(Locale.ROOT, "%.3f %.3f", blind.precision(), blind.recall())).isEqualTo("0.581 0.620");
  }

  /** Skipped unless {@code vlb.judge.url} (and {@code vlb.judge.name}) are given; see the class comment. */
  @Test
  void measuresTheConfiguredJudgeEndpoint() {
    Map<String, String> values = new TreeMap<>();
    System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("vlb."))
        .forEach(key -> values.put(key, System.getProperty(key)));
    Optional<VisionLanguageModel> client = ModelClients.create("judge", Settings.of(values));
    assumeTrue(client.isPresent(), "no judge endpoint: set -Dvlb.judge.url=... and -Dvlb.judge.name=... to measure one");

    try (VisionLanguageModel model = client.get()) {
      Row row = measure(model);
      ROWS.add(row);

      assertThat(row.errors()).as("failed judge calls, first: %s", row.firstError()).isZero();
    }
  }

  private static Row row(String judge, String corpus) {
    return ROWS.stream().filter(row -> row.judge().equals(judge) && row.corpus().equals(corpus)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + judge + " on " + corpus + " in " + ROWS));
  }

  private static int count(List<Pair> pairs, boolean good) {
    return (int) pairs.stream().filter(pair -> pair.good() == good).count();
  }

  /** The text judge's labelled rewrites (world and everyday questions) as pairs, labelled by construction. */
  private static List<Pair> rewrites() {
    List<Rewrite> rewrites = new ArrayList<>(LabelledRewrites.of("world",
        LabelledRewrites.worldQuestions(REWRITE_WORLD_ITEMS, REWRITES_SEED), REWRITES_SEED));
    rewrites.addAll(LabelledRewrites.of("everyday", LabelledRewrites.everydayQuestions(), REWRITES_SEED));
    return rewrites.stream().map(rewrite -> {
      Sample original = new Sample("q", LabelledRewrites.IMAGE, "", rewrite.original(), List.of(), "Yes",
          TaskType.YES_NO, null);
      Verdict label = rewrite.good() ? Verdict.accept("rewriter output") : Verdict.reject("deliberate meaning change");
      return new Pair(rewrite.kind(), original, original.withQuestion(rewrite.variant()), label);
    }).toList();
  }

  /**
   * Answers from the scene: the oracle's label of the pair asked about (pairs are asked in order, and the
   * prompt must hold both of the pair's questions), worded in the ways judges word it. Exact by
   * construction, it measures the harness and the judge's prompt and reading of replies, not a judge.
   */
  private static final class SceneReader implements VisionLanguageModel {

    static final String NAME = "stand-in answering from the scene";
    private static final List<String> YES = List.of("Yes.", "yes - nothing the question is about changed", "YES");
    private static final List<String> NO = List.of("No.", "NO, because the %s", "no");

    private final List<Pair> pairs;
    private int next;

    SceneReader(List<Pair> pairs) {
      this.pairs = pairs;
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public CompletionStage<ModelReply> ask(ModelQuery query) {
      int n = next++;
      Pair pair = pairs.get(n);
      if (!query.prompt().contains("Question: " + pair.original().question() + "\n")
          || !query.prompt().contains("Question: " + pair.variant().question() + "\n")) {
        return CompletableFuture.failedFuture(new IllegalStateException("query " + n + " is not about pair " + n));
      }
      String reply = pair.good() ? YES.get(n % YES.size()) : NO.get(n % NO.size()).formatted(pair.label().reason());
      return CompletableFuture.completedFuture(ModelReply.of(reply, Duration.ZERO));
    }
  }

  /** Reads only the prompt: yes exactly when the variant asks the original's question word for word. */
  private static final class ImageBlind implements VisionLanguageModel {

    static final String NAME = "stand-in blind to the pictures";
    private static final Pattern QUESTION = Pattern.compile("(?m)^Question: (.*)$");

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public CompletionStage<ModelReply> ask(ModelQuery query) {
      Matcher questions = QUESTION.matcher(query.prompt());
      String original = questions.find() ? questions.group(1) : "";
      String variant = questions.find() ? questions.group(1) : "";
      String reply = original.equals(variant) ? "Yes, the question is the same." : "No, the question changed.";
      return CompletableFuture.completedFuture(ModelReply.of(reply, Duration.ZERO));
    }
  }
}
