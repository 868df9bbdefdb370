package dev.vlb.engine.bootstrap.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.plan.Reading.Entries;
import dev.vlb.engine.bootstrap.plan.Reading.Unusable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads L1-L4 plans: {@code {"questions": [...]}} for L1 and L2, {@code {"descriptions": [...]}} for
 * L3, {@code {"contexts": [...]}} for L4; the singular key with one text, or a bare list of texts, is
 * taken too. A text is usable when it is not empty, is not the question again, does not give the answer
 * away ({@link AnswerLeaks}; for a rewritten question, by naming what the question did not), and, for
 * a rewritten question, is still a question: it keeps a question mark when the original has one (an
 * imperative original, "Count the stars.", has none to keep).
 */
final class TextPlans {

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final QuestionStrategy strategy;
  private final Sample sample;
  private final String key;

  private TextPlans(QuestionStrategy strategy, Sample sample, String key) {
    this.strategy = strategy;
    this.sample = sample;
    this.key = key;
  }

  static TextPlans of(QuestionStrategy strategy, Sample sample) {
    String key = switch (strategy) {
      case WORD_SUBSTITUTION, REPHRASE -> "question";
      case RELEVANT_CONTEXT -> "description";
      case IRRELEVANT_CONTEXT -> "context";
    };
    return new TextPlans(strategy, sample, key);
  }

  Reading<String> read(String reply) {
    for (JsonNode value : ReplyJson.values(reply)) {
      Optional<JsonNode> texts = texts(value);
      if (texts.isPresent()) {
        return read(value, texts.get());
      }
    }
    return Reading.unusable("the reply holds no JSON object with a list of \"" + key + "s\"");
  }

  /** The texts of a plan of an accepted shape, a lone text as a list of one. */
  private Optional<JsonNode> texts(JsonNode value) {
    if (value.isArray() && (value.isEmpty() || value.get(0).isTextual())) {
      return Optional.of(value);
    }
    for (String field : new String[] {key + "s", key}) {
      JsonNode texts = value.path(field);
      if (texts.isArray()) {
        return Optional.of(texts);
      }
      if (texts.isTextual()) {
        return Optional.of(JsonNodeFactory.instance.arrayNode().add(texts));
      }
    }
    return Optional.empty();
  }

  private Reading<String> read(JsonNode plan, JsonNode texts) {
    Entries<String> entries = new Entries<>();
    for (int i = 0; i < texts.size(); i++) {
      try {
        entries.use(usable(texts.get(i)));
      } catch (Unusable e) {
        entries.reject(i, e.getMessage());
      }
    }
    return entries.reading(plan, key);
  }

  private String usable(JsonNode node) {
    if (!node.isTextual()) {
      throw new Unusable("is not a text: " + Reading.quote(node.toString()));
    }
    String text = node.asText().strip();
    if (comparable(text).isEmpty()) {
      throw new Unusable("is empty");
    }
    if (comparable(text).equals(comparable(sample.question()))) {
      throw new Unusable(Reading.quote(text) + " is the question unchanged");
    }
    if (rewritesQuestion() && sample.question().contains("?") && !text.contains("?")) {
      throw new Unusable(Reading.quote(text) + " is no longer a question: it has no question mark");
    }
    Optional<String> leak = AnswerLeaks.leak(text, sample);
    if (leak.isPresent()) {
      throw new Unusable(Reading.quote(text) + " gives the answer away: it says " + Reading.quote(leak.get()));
    }
    return text;
  }

  private boolean rewritesQuestion() {
    return strategy == QuestionStrategy.WORD_SUBSTITUTION || strategy == QuestionStrategy.REPHRASE;
  }

  /** The words alone, so that a change of case, spacing or punctuation does not count as a rewrite. */
  private static String comparable(String text) {
    return NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
