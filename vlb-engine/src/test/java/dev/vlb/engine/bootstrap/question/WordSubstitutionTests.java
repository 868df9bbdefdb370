package dev.vlb.engine.bootstrap.question;

import static dev.vlb.api.QuestionStrategy.WORD_SUBSTITUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSubstitutionTests {

  private final QuestionRewriter rewriter = OfflineQuestionRewriters.create();

  private String substitute(String question, long seed) {
    return rewriter.rewrite(WORD_SUBSTITUTION, Samples.yesNo(question), seed).question();
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Is there a red circle in the image?                    | 0 | Is there a red disk in the image?
      Is there a red circle in the image?                    | 1 | Is there a scarlet circle in the photo?
      Is the red circle to the left of the blue square?      | 1 | Is the crimson disc to the left of the cobalt square?
      Is the green star above the yellow hexagon?            | 1 | Is the emerald star above the yellow hexagon?
      Is the purple diamond to the right of the orange triangle? | 0 | Is the purple diamond to the right of the tangerine trigon?
      Is the blue square below the red star?                 | 0 | Is the blue square beneath the scarlet star?
      Are there more red objects than blue objects?          | 1 | Are there more crimson items than cobalt objects?
      What color is the hexagon?                             | 1 | What colour is the six-sided shape?
      How many green triangles are there?                    | 1 | How many emerald trigons are there?
      What shape is the purple object?                       | 1 | What form is the purple thing?
      Which object is largest?                               | 1 | Which item is biggest?
      How many stars are there?                              | 0 | How many star shapes are there?
      How many objects are there?                            | 0 | How many items are there?
      What color is the small diamond?                       | 1 | What hue is the small lozenge?
      """)
  void replacesWorldVocabularyWithCuratedSynonyms(String question, long seed, String expected) {
    assertThat(substitute(question, seed)).isEqualTo(expected);
  }

  @Test
  void rewritesBenchmarkQuestionsAndKeepsTheirInstruction() {
    assertThat(substitute("Which of the following captions best describes this image?", 0))
        .isEqualTo("Which of the following captions best describes this picture?");
    assertThat(substitute("Is there a dog in this image? Please answer yes or no.", 1))
        .isEqualTo("Is there a dog in this photo? Please answer yes or no.");
  }

  @Test
  void takesSynonymsFromWordNetForEverydayWords() {
    assertThat(substitute("Is the car parked next to the building?", 1))
        .isEqualTo("Is the automobile parked next to the edifice?");
  }

  @Test
  void keepsQuotedTextNamesNumbersAndOptionLetters() {
    String question = "Does the \"large red circle\" sign near Paris in image 2 match option B?";
    for (long seed = 0; seed < 20; seed++) {
      assertThat(substitute(question, seed))
          .startsWith("Does the \"large red circle\" sign near Paris in ")
          .endsWith(" 2 match option B?")
          .isNotEqualTo(question);
    }
  }

  @Test
  void keepsNumbersThatAreSpelledOut() {
    String question = "Are there three dogs and a single cat on the sofa?";
    List<String> rewritten = LongStream.range(0, 40).mapToObj(seed -> substitute(question, seed)).toList();

    assertThat(rewritten).allMatch(text -> text.contains(" three ") && text.contains(" single "));
    assertThat(rewritten).anyMatch(text -> !text.equals(question));
  }

  @Test
  void keepsTheIndefiniteArticleInAgreement() {
    assertThat(substitute("Is there an object in the picture?", 1))
        .isEqualTo("Is there an item in the photo?");
    assertThat(LongStream.range(0, 30).mapToObj(seed -> substitute("Is there an object in the picture?", seed)))
        .noneMatch(question -> question.contains("an thing") || question.contains("a item"));
  }

  @Test
  void turnsAnIntoABeforeASynonymStartingWithAConsonant() {
    List<String> rewritten =
        LongStream.range(0, 40).mapToObj(seed -> substitute("Is there an orange star in the image?", seed)).toList();

    assertThat(rewritten).anyMatch(question -> question.startsWith("Is there a tangerine "));
    assertThat(rewritten).noneMatch(question -> question.contains("an tangerine") || question.contains("a orange"));
  }

  @Test
  void isDeterministicPerSeedAndVariesAcrossSeeds() {
    String question = "Is the red circle to the left of the blue square?";
    assertThat(substitute(question, 42)).isEqualTo(substitute(question, 42));
    Set<String> variants = LongStream.range(0, 10)
        .mapToObj(seed -> substitute(question, seed))
        .collect(Collectors.toSet());
    assertThat(variants).hasSizeGreaterThan(3);
  }

  @Test
  void givesTheSameRewritesFromManyThreads() {
    List<String> questions = List.of("Is the car parked next to the building?",
        "What emotion does the person in the picture express?", "Which animal is the woman in the photo feeding?",
        "Does the bus have a ladder?", "What brand is shown on the shirt?", "Is the red bicycle next to the fence?");
    List<String> concurrent = LongStream.range(0, 240).parallel()
        .mapToObj(seed -> substitute(questions.get((int) (seed % questions.size())), seed))
        .toList();
    List<String> sequential = LongStream.range(0, 240)
        .mapToObj(seed -> substitute(questions.get((int) (seed % questions.size())), seed))
        .toList();
    assertThat(concurrent).isEqualTo(sequential);
  }

  @Test
  void changesOnlyTheQuestion() {
    Sample original = Samples.choice("What color is the hexagon?", List.of("red", "blue", "green", "yellow"));
    Sample variant = rewriter.rewrite(WORD_SUBSTITUTION, original, 3);
    assertThat(variant.withQuestion(original.question())).isEqualTo(original);
  }

  @Test
  void refusesQuestionsWithoutReplaceableWords() {
    assertThatThrownBy(() -> substitute("How many are there?", 0))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("L1: no word of sample syn-0001 has a safe synonym: How many are there?");
    assertThatThrownBy(() -> substitute("Is \"Ulysses\" by James Joyce? Please answer yes or no.", 0))
        .isInstanceOf(CannotBootstrapException.class);
  }
}
