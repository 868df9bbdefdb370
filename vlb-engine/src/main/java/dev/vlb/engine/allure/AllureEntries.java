package dev.vlb.engine.allure;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.contamination.check.Contamination;
import dev.vlb.engine.result.Exhibits;
import dev.vlb.engine.result.SuiteLabels;
import dev.vlb.engine.result.VariantResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What Allure shows of one variant, in Allure's terms but free of its types. Behaviors group by
 * epic = dataset, feature = the chain as the summary table names it ({@code V1 add object}, or
 * {@code V1 add object + L4 irrelevant context} for a composition: one feature per chain, so a
 * composition is not counted under each of its strategies), story = {@code level N}.
 *
 * @param labels label name -> value, in order
 * @param parameters parameter name -> value, in order
 * @param attachments in the order shown; empty texts are left out
 */
record AllureEntries(Map<String, String> labels, Map<String, String> parameters,
    List<Attachment> attachments) {

  /**
   * One attachment. An image is shared: written once under its digest and referred to by every variant
   * shown it, since most of an item's variants keep the original image.
   *
   * @param sharedKey the image's SHA-256, or empty for a text written for this variant only
   */
  record Attachment(String name, String type, String extension, String sharedKey, Supplier<byte[]> content) {

    static Attachment text(String name, String text) {
      return new Attachment(name, "text/plain", "txt", "", () -> text.getBytes(StandardCharsets.UTF_8));
    }

    static Attachment image(String name, Image image, String sha256) {
      return new Attachment(name, image.mediaType(), image.mediaType().equals("image/jpeg") ? "jpg" : "png", sha256,
          image::bytes);
    }

    boolean isShared() {
      return !sharedKey.isEmpty();
    }
  }

  static AllureEntries of(SuiteLabels suite, VariantResult result) {
    Chain chain = result.chain();
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("epic", suite.dataset());
    labels.put("feature", chain.displayName());
    labels.put("story", "level " + chain.level());
    result.contamination().filter(Contamination::flagged).ifPresent(found -> labels.put("tag", "in training corpus"));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("item", result.item().id());
    parameters.put("chain", chain.id());
    parameters.put("level", String.valueOf(chain.level()));
    parameters.put("model", suite.model());
    parameters.put("judge", suite.judge());
    return new AllureEntries(labels, parameters, attachments(result));
  }

  private static List<Attachment> attachments(VariantResult result) {
    Exhibits exhibits = result.exhibits();
    List<Attachment> attachments = new ArrayList<>();
    exhibits.original().ifPresent(original ->
        attachments.add(Attachment.image("original image", original.image(), exhibits.originalSha256())));
    exhibits.variant().ifPresent(image -> result.provenance().imageSha256().ifPresent(sha256 ->
        attachments.add(Attachment.image("variant image", image, sha256))));
    Map<String, String> texts = new LinkedHashMap<>();
    exhibits.original().map(Sample::question).ifPresent(question -> texts.put("original question", question));
    exhibits.original().map(Sample::context).ifPresent(context -> texts.put("original context", context));
    texts.put("variant question", result.question());
    texts.put("variant context", result.context());
    texts.put("model reply", result.actual());
    texts.put("extracted answer", result.score().extracted());
    texts.put("judge verdicts", String.join("\n", result.provenance().verdicts()));
    result.contamination().ifPresent(found -> texts.put("training corpus", found.summary()));
    texts.forEach((name, text) -> {
      if (!text.isEmpty()) {
        attachments.add(Attachment.text(name, text));
      }
    });
    return attachments;
  }
}
