package dev.vlb.engine.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.contamination.Match;
import dev.vlb.engine.contamination.check.Contamination;
import dev.vlb.engine.contamination.semantic.ImageTextVerdict;
import dev.vlb.engine.contamination.semantic.SemanticMatch;
import dev.vlb.engine.result.Cost;
import dev.vlb.engine.result.Exhibits;
import dev.vlb.engine.result.ItemFacts;
import dev.vlb.engine.result.Outcome;
import dev.vlb.engine.result.Provenance;
import dev.vlb.engine.result.SuiteLabels;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.engine.scoring.Score;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Allure shows of the contamination check: a tag on flagged variants, and what was found as a text. */
class AllureContaminationTests {

  private static final SuiteLabels SUITE = new SuiteLabels("Suite", "mme", "model", "judge");

  @Test
  void aFlaggedImageIsTaggedAndItsFindingsAttached() {
    Contamination found = new Contamination(Optional.of(new Match("web/messi5.jpg", 2, 412, 0.98123, true)),
        Optional.of(new SemanticMatch("web/messi5.jpg", 0.9412, true)),
        Optional.of(new Contamination.ImageText("web/messi5.jpg",
            new ImageTextVerdict(ImageTextVerdict.Outcome.CONTAMINATED, "the caption names the ball's colour"))),
        Optional.empty());

    AllureEntries entries = AllureEntries.of(SUITE, result(found));

    assertThat(entries.labels()).containsEntry("tag", "in training corpus");
    assertThat(text(entries, "training corpus")).isEqualTo("flagged: copy of web/messi5.jpg (similarity 0.981); "
        + "nearest by embedding web/messi5.jpg (cosine 0.941); image-text: contaminated (the caption names the ball's colour)");
  }

  @Test
  void aCleanImageAndAFailedCheckAreSaidSoUntagged() {
    AllureEntries clean = AllureEntries.of(SUITE, result(
        new Contamination(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    AllureEntries failed = AllureEntries.of(SUITE, result(Contamination.failed("EmbeddingCallException: HTTP 503")));

    assertThat(clean.labels()).doesNotContainKey("tag");
    assertThat(text(clean, "training corpus")).isEqualTo("not flagged: no corpus image near by hash");
    assertThat(failed.labels()).doesNotContainKey("tag");
    assertThat(text(failed, "training corpus")).isEqualTo("not checked: EmbeddingCallException: HTTP 503");
  }

  @Test
  void noCheckNoText() {
    VariantResult unchecked = new VariantResult(new ItemFacts("q1", "", Map.of(), "yellow"), Chain.vanilla(),
        Outcome.PASSED, "", "What colour?", "yellow", Score.correct("yellow"), Provenance.NONE, Cost.NONE);

    assertThat(AllureEntries.of(SUITE, unchecked).attachments()).extracting(AllureEntries.Attachment::name)
        .doesNotContain("training corpus");
  }

  private static VariantResult result(Contamination found) {
    return new VariantResult(new ItemFacts("q1", "", Map.of(), "yellow"), Chain.of(QuestionStrategy.WORD_SUBSTITUTION),
        Outcome.PASSED, "", "What colour?", "yellow", Score.correct("yellow"), Provenance.NONE, Cost.NONE, Exhibits.NONE,
        Optional.of(found));
  }

  private static String text(AllureEntries entries, String name) {
    return entries.attachments().stream().filter(attachment -> attachment.name().equals(name)).findFirst()
        .map(attachment -> new String(attachment.content().get(), StandardCharsets.UTF_8)).orElseThrow();
  }
}
