package dev.vlb.engine.bootstrap.question;

import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IrrelevantContextTests {

  private final QuestionRewriter rewriter = OfflineQuestionRewriters.create();

  private static List<String> corpus() throws IOException {
    try (InputStream in = IrrelevantContextTests.class.getResourceAsStream("distractors.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }

  /** The corpus sentences a context is made of, in order. */
  private static List<String> sentencesOf(String context) throws IOException {
    List<String> corpus = corpus();
    return List.of(context.split("(?<=[.!?]) ")).stream()
        .peek(sentence -> assertThat(corpus).contains(sentence))
        .toList();
  }

  @Test
  void shipsAtLeastTwoHundredDistinctSentences() throws IOException {
    List<String> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
    assertThat(corpus).allSatisfy(sentence -> assertThat(sentence).matches("[A-Z].*[.!?]"));
  }

  @Test
  void appendsTwoToFourCorpusSentencesByTheSeed() throws IOException {
    Sample original = Samples.yesNo("Is there a red circle in the image?");
    Sample variant = rewriter.rewrite(IRRELEVANT_CONTEXT, original, 0);
    assertThat(variant.context()).isEqualTo(
        "The washing machine beeps three times when it finishes. The university was founded more than five hundred years ago.");
    assertThat(variant.withContext("")).isEqualTo(original);
    Set<Integer> counts = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      counts.add(sentencesOf(rewriter.rewrite(IRRELEVANT_CONTEXT, original, seed).context()).size());
    }
    assertThat(counts).containsExactlyInAnyOrder(2, 3, 4);
  }

  @Test
  void keepsExistingContextFirst() {
    Sample original = Samples.yesNo("Is there a red circle in the image?").withContext("Hint: count carefully.");
    assertThat(rewriter.rewrite(IRRELEVANT_CONTEXT, original, 0).context())
        .isEqualTo("Hint: count carefully.\n"
            + "The washing machine beeps three times when it finishes. The university was founded more than five hundred years ago.");
  }

  @Test
  void neverPicksASentenceSharingAWordWithTheQuestionOrChoices() throws IOException {
    Sample original = Samples.choice("What is the weather like near the harbour?", List.of("rain", "snow", "fog", "clouds"));
    Set<String> avoided = Set.of("weather", "harbour", "rain", "snow", "fog", "cloud");
    for (long seed = 0; seed < 200; seed++) {
      for (String sentence : sentencesOf(rewriter.rewrite(IRRELEVANT_CONTEXT, original, seed).context())) {
        Set<String> words = List.of(sentence.toLowerCase(Locale.ROOT).split("[^a-z]+")).stream()
            .map(word -> word.replaceAll("s$", ""))
            .collect(Collectors.toSet());
        assertThat(words).as(sentence).doesNotContainAnyElementsOf(avoided);
      }
    }
  }

  @Test
  void foldsPluralsWhenComparingWords() throws IOException {
    Sample original = Samples.shortAnswer("How many triangles are there?");
    for (long seed = 0; seed < 200; seed++) {
      assertThat(rewriter.rewrite(IRRELEVANT_CONTEXT, original, seed).context())
          .doesNotContainIgnoringCase("triangle");
    }
  }

  @Test
  void isDeterministicPerSeedAndVariesAcrossSeeds() {
    Sample original = Samples.yesNo("Is there a red circle in the image?");
    assertThat(rewriter.rewrite(IRRELEVANT_CONTEXT, original, 9))
        .isEqualTo(rewriter.rewrite(IRRELEVANT_CONTEXT, original, 9));
    assertThat(LongStream.range(0, 10).mapToObj(seed -> rewriter.rewrite(IRRELEVANT_CONTEXT, original, seed).context())
        .collect(Collectors.toSet())).hasSize(10);
  }

  @Test
  void refusesWhenTheWholeCorpusIsRelated() throws IOException {
    Sample original = Samples.yesNo(String.join(" ", corpus()));
    assertThatThrownBy(() -> rewriter.rewrite(IRRELEVANT_CONTEXT, original, 0))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("L4: fewer than 2 distractor sentences are unrelated to sample syn-0001");
  }
}
