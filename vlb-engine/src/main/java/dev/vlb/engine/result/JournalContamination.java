package dev.vlb.engine.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.engine.contamination.Match;
import dev.vlb.engine.contamination.check.Contamination;
import dev.vlb.engine.contamination.semantic.ImageTextVerdict;
import dev.vlb.engine.contamination.semantic.SemanticMatch;
import java.util.Optional;

/**
 * The {@code contamination} field of a journal line: the nearest corpus image by each measure, whether
 * the image was flagged, the image-text verdict, or why the check could not be completed. A part that
 * did not happen is left out, and {@code flagged} is left out with an error: such an image is neither
 * flagged nor clean.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JournalContamination(Boolean flagged, NearDuplicate nearDuplicate, Semantic semantic, ImageText imageText,
    String error) {

  record NearDuplicate(String corpusId, double similarity, int hammingDistance, int inliers, boolean flagged) {}

  record Semantic(String corpusId, double cosine, boolean flagged) {}

  record ImageText(String corpusId, ImageTextVerdict.Outcome outcome, String reason) {}

  static JournalContamination of(Contamination found) {
    return new JournalContamination(found.error().isPresent() ? null : found.flagged(),
        found.nearDuplicate().map(match -> new NearDuplicate(match.corpusId(), rounded(match.similarity()),
            match.hammingDistance(), match.inliers(), match.flagged())).orElse(null),
        found.semantic().map(match -> new Semantic(match.corpusId(), rounded(match.cosine()), match.flagged())).orElse(null),
        found.imageText().map(text -> new ImageText(text.corpusId(), text.verdict().outcome(), text.verdict().reason()))
            .orElse(null),
        found.error().orElse(null));
  }

  /** The check a journal line records; empty when it has none, or one this engine cannot read. */
  static Optional<Contamination> read(JsonNode line) {
    JsonNode field = line.get("contamination");
    if (field == null || !field.isObject()) {
      return Optional.empty();
    }
    if (field.hasNonNull("error")) {
      return Optional.of(Contamination.failed(field.get("error").asText()));
    }
    try {
      return Optional.of(new Contamination(part(field, "nearDuplicate").map(JournalContamination::nearDuplicate),
          part(field, "semantic").map(node -> new SemanticMatch(node.path("corpusId").asText(), node.path("cosine").asDouble(),
              node.path("flagged").asBoolean())),
          part(field, "imageText").map(node -> new Contamination.ImageText(node.path("corpusId").asText(),
              new ImageTextVerdict(ImageTextVerdict.Outcome.valueOf(node.path("outcome").asText()),
                  node.path("reason").asText("")))),
          Optional.empty()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Match nearDuplicate(JsonNode node) {
    return new Match(node.path("corpusId").asText(), node.path("hammingDistance").asInt(), node.path("inliers").asInt(),
        node.path("similarity").asDouble(), node.path("flagged").asBoolean());
  }

  private static Optional<JsonNode> part(JsonNode field, String name) {
    return Optional.ofNullable(field.get(name)).filter(JsonNode::isObject);
  }

  /** Four decimals: a similarity is a measurement, and more digits are noise in a file people read. */
  private static double rounded(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
