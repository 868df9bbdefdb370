package dev.vlb.engine.contamination.check;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.contamination.Match;
import dev.vlb.engine.contamination.semantic.ImageTextVerdict;
import dev.vlb.engine.contamination.semantic.SemanticMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the contamination check found for the image a model was shown (and, with the image-text check,
 * for its question): the nearest training-corpus image by each measure, and whether it counts as seen.
 *
 * @param nearDuplicate the corpus image it is most likely a copy of; empty when no corpus hash was near
 * @param semantic the corpus image nearest by embedding; empty when no embedding endpoint is configured
 * @param imageText what the judge LVLM said of the flagged corpus image with the question; empty when
 *     the image was not flagged or the image-text check is off
 * @param error why the check could not be completed (an endpoint failed, the image could not be
 *     decoded); then the image is neither flagged nor clean
 */
@API(status = INTERNAL, since = "0.1")
public record Contamination(Optional<Match> nearDuplicate, Optional<SemanticMatch> semantic,
    Optional<ImageText> imageText, Optional<String> error) {

  /**
   * The image-text verdict on one corpus image.
   *
   * @param corpusId the corpus image the judge was shown
   */
  public record ImageText(String corpusId, ImageTextVerdict verdict) {

    public ImageText {
      Objects.requireNonNull(corpusId, "corpusId");
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  public Contamination {
    Objects.requireNonNull(nearDuplicate, "nearDuplicate");
    Objects.requireNonNull(semantic, "semantic");
    Objects.requireNonNull(imageText, "imageText");
    Objects.requireNonNull(error, "error");
  }

  /** A check that could not be completed, and why. */
  public static Contamination failed(String error) {
    return new Contamination(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(error));
  }

  /** Whether the image counts as a training image: a near-duplicate or a semantic match was flagged. */
  public boolean flagged() {
    return error.isEmpty()
        && (nearDuplicate.filter(Match::flagged).isPresent() || semantic.filter(SemanticMatch::flagged).isPresent());
  }

  /**
   * The corpus image the image was flagged for, the near-duplicate before the semantic match (a copy
   * of its pixels is the stronger evidence); empty when not flagged.
   */
  public Optional<String> flaggedCorpusId() {
    if (!flagged()) {
      return Optional.empty();
    }
    return nearDuplicate.filter(Match::flagged).map(Match::corpusId)
        .or(() -> semantic.filter(SemanticMatch::flagged).map(SemanticMatch::corpusId));
  }

  /**
   * What was found, for a person: "flagged: copy of web/a.jpg (similarity 0.981); nearest by embedding
   * web/a.jpg (cosine 0.934); image-text: contaminated (the caption names the colour)".
   */
  public String summary() {
    if (error.isPresent()) {
      return "not checked: " + error.get();
    }
    List<String> parts = new ArrayList<>();
    parts.add(nearDuplicate.map(match -> String.format(Locale.ROOT, "%s of %s (similarity %.3f)",
        match.flagged() ? "copy" : "nearest copy candidate", match.corpusId(), match.similarity()))
        .orElse("no corpus image near by hash"));
    semantic.ifPresent(match -> parts.add(String.format(Locale.ROOT, "nearest by embedding %s (cosine %.3f)",
        match.corpusId(), match.cosine())));
    imageText.ifPresent(text -> parts.add("image-text: " + text.verdict().outcome().name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + (text.verdict().reason().isEmpty() ? "" : " (" + text.verdict().reason() + ")")));
    return (flagged() ? "flagged: " : "not flagged: ") + String.join("; ", parts);
  }

  Contamination with(ImageText verdict) {
    return new Contamination(nearDuplicate, semantic, Optional.of(verdict), error);
  }
}
