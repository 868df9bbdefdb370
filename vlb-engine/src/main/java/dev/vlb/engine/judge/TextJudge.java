package dev.vlb.engine.judge;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The offline judge of question rewrites (L1 word substitution, L2 rephrase): a variant is accepted only
 * if its question stays close to the original's in all-MiniLM-L6-v2 embedding space AND the lexical
 * check finds no changed number, colour, shape, size, spatial word, comparative, question word,
 * negation or content word. Embeddings alone cannot judge meaning ("... on the table?" and "... under
 * the table?" have cosine 0.98); the cosine vetoes text unrelated to the original, which a list of words
 * to keep does not notice. It judges text only: a variant whose image changed is rejected with a reason
 * that says so, for the engine to judge elsewhere. Thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class TextJudge implements Judge {

  /**
   * The cosine below which a rewrite is rejected, as chosen on the tuning half of the labelled rewrites
   * (TextJudgeAccuracyTests). It is low because synonyms lower the cosine more than meaning changes do
   * ("What form is the azure item?" for "What shape is the blue object?": 0.24; "... under the table?"
   * for "... on the table?": 0.98): the lexical check does the rejecting, the cosine only vetoes text
   * unrelated to the original.
   */
  public static final double DEFAULT_THRESHOLD = 0.23;

  private static final int CACHED_ORIGINALS = 1024;

  private final double threshold;
  private final LexicalCheck lexical;
  /** An item's original is judged against up to five tries of each text strategy: embed it once. */
  private final Map<String, float[]> originals = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHED_ORIGINALS;
    }
  };

  private TextJudge(double threshold, LexicalCheck lexical) {
    this.threshold = threshold;
    this.lexical = lexical;
  }

  /** A judge with the {@linkplain #DEFAULT_THRESHOLD default threshold}; the model loads on its first judgement. */
  public static TextJudge create() {
    return create(DEFAULT_THRESHOLD);
  }

  public static TextJudge create(double threshold) {
    if (!(threshold >= -1 && threshold <= 1)) {
      throw new IllegalArgumentException("A cosine threshold lies in [-1, 1], was " + threshold);
    }
    return new TextJudge(threshold, LexicalCheck.create());
  }

  @Override
  public String name() {
    return "text (" + SentenceEmbedder.MODEL + " + lexical)";
  }

  @Override
  public Verdict judge(Sample original, Sample variant) {
    if (!original.image().equals(variant.image())) {
      return Verdict.reject("the image changed: the text judge cannot judge images, only rewritten questions");
    }
    if (!original.answer().equals(variant.answer()) || !original.choices().equals(variant.choices())
        || original.type() != variant.type()) {
      return Verdict.reject("the answer, options or task type changed: the text judge only judges rewritten questions");
    }
    if (!original.context().equals(variant.context())) {
      if (original.context().isEmpty() || variant.context().isEmpty()) {
        return Verdict.reject("context was " + (original.context().isEmpty() ? "added" : "removed")
            + ": whether context gives the answer away is not a question of text similarity");
      }
      Verdict context = judge(original.context(), variant.context());
      if (!context.accepted()) {
        return Verdict.reject("context: " + context.reason());
      }
    }
    return judge(original.question(), variant.question());
  }

  private Verdict judge(String original, String variant) {
    Assessment assessment = assess(original, variant);
    if (!assessment.changes().isEmpty()) {
      return Verdict.reject(String.join("; ", assessment.changes()));
    }
    double cosine = floor(assessment.cosine());
    return assessment.cosine() < threshold
        ? Verdict.reject(String.format(Locale.ROOT, "cosine %.2f < %.2f", cosine, threshold))
        : Verdict.accept(String.format(Locale.ROOT, "no number, colour, shape, size, spatial word, comparative, "
            + "question word, negation or content word changed, and cosine %.2f >= %.2f", cosine, threshold));
  }

  /** Rounds down, so a printed comparison never contradicts the decision ("0.80 < 0.80"). */
  private static double floor(double cosine) {
    return Math.floor(cosine * 100) / 100;
  }

  /**
   * The lexical changes, and the cosine only when there are none: the lexical check is cheap, the
   * embedding is not, and a lexical change rejects the variant whatever its cosine.
   */
  Assessment assess(String original, String variant) {
    List<String> changes = lexical.changes(original, variant);
    return new Assessment(changes, changes.isEmpty() ? cosine(original, variant) : Double.NaN);
  }

  /**
   * What the judge sees of one rewrite.
   *
   * @param cosine the cosine similarity of the two texts' embeddings; NaN when not computed
   */
  record Assessment(List<String> changes, double cosine) {

    boolean accepted(double threshold) {
      return changes.isEmpty() && cosine >= threshold;
    }
  }

  double cosine(String original, String variant) {
    if (original.equals(variant)) {
      return 1;
    }
    SentenceEmbedder model = SentenceEmbedder.shared();
    float[] before;
    synchronized (originals) {
      before = originals.get(original);
    }
    if (before == null) {
      before = model.embed(original);
      synchronized (originals) {
        originals.put(original, before);
      }
    }
    // One text at a time: the quantised model scales activations per batch, so batching would make a
    // text's embedding depend on its batch-mates and judgements on the order of work.
    return SentenceEmbedder.cosine(before, model.embed(variant));
  }
}
