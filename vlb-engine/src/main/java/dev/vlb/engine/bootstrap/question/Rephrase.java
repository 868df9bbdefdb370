package dev.vlb.engine.bootstrap.question;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * L2: rewords the question sentence as a whole with the grammar-aware rules of {@code rephrasings.txt}.
 * Text around that sentence (a lead-in, or an instruction such as "Please answer yes or no.") is kept.
 */
final class Rephrase implements QuestionRewriter {

  private static final String FILE = "rephrasings.txt";
  private static final List<RephraseRule> RULES = load();

  /** The first question sentence, or else the first sentence, with the text before and after it. */
  private static final Pattern QUESTION =
      Pattern.compile("(?s)(?<before>.*?)(?<body>[^.?!\\s][^.?!]*?)\\s*\\?(?<after>.*)");
  private static final Pattern STATEMENT =
      Pattern.compile("(?s)(?<before>\\s*)(?<body>[^.?!\\s][^.?!]*?)\\s*(?:[.!]|$)(?<after>.*)");

  @Override
  public boolean supports(QuestionStrategy strategy, Sample sample) {
    return strategy == QuestionStrategy.REPHRASE;
  }

  @Override
  public Sample rewrite(QuestionStrategy strategy, Sample sample, long seed) {
    String question = sample.question();
    Matcher sentence = QUESTION.matcher(question);
    if (!sentence.matches() && !(sentence = STATEMENT.matcher(question)).matches()) {
      throw cannot(sample);
    }
    String body = sentence.group("body");
    Set<String> rephrasings = new LinkedHashSet<>();
    for (RephraseRule rule : RULES) {
      rephrasings.addAll(rule.rephrase(body));
    }
    List<String> choices = new ArrayList<>(rephrasings);
    if (choices.isEmpty()) {
      throw cannot(sample);
    }
    String chosen = choices.get(Seeds.random(seed).nextInt(choices.size()));
    return sample.withQuestion(sentence.group("before") + chosen + sentence.group("after"));
  }

  private static CannotBootstrapException cannot(Sample sample) {
    return new CannotBootstrapException(
        "L2: no rephrasing rule fits sample " + sample.id() + ": " + sample.question());
  }

  private static List<RephraseRule> load() {
    TextResource file = TextResource.load(FILE);
    Map<String, String> fragments = new HashMap<>();
    List<RephraseRule> rules = new ArrayList<>();
    TextResource.Line patternLine = null;
    List<String> templates = new ArrayList<>();
    for (TextResource.Line line : file.lines()) {
      String text = line.text();
      if (text.startsWith("=>")) {
        if (patternLine == null) {
          throw file.malformed(line, "a template before any pattern");
        }
        templates.add(text.substring(2).strip());
      } else {
        addRule(file, patternLine, templates, fragments, rules);
        templates = new ArrayList<>();
        patternLine = null;
        if (text.startsWith("@define ")) {
          define(file, line, fragments);
        } else {
          patternLine = line;
        }
      }
    }
    addRule(file, patternLine, templates, fragments, rules);
    return List.copyOf(rules);
  }

  private static void define(TextResource file, TextResource.Line line, Map<String, String> fragments) {
    String[] definition = line.text().substring("@define ".length()).split("=", 2);
    if (definition.length != 2) {
      throw file.malformed(line, "expected '@define NAME = regex'");
    }
    fragments.put(definition[0].strip(), expand(file, line, definition[1].strip(), fragments));
  }

  private static void addRule(TextResource file, TextResource.Line patternLine, List<String> templates,
      Map<String, String> fragments, List<RephraseRule> rules) {
    if (patternLine == null) {
      return;
    }
    if (templates.isEmpty()) {
      throw file.malformed(patternLine, "a pattern without any '=>' template");
    }
    try {
      String regex = expand(file, patternLine, patternLine.text(), fragments);
      rules.add(new RephraseRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), templates));
    } catch (IllegalArgumentException e) {
      throw file.malformed(patternLine, e.getMessage());
    }
  }

  private static String expand(TextResource file, TextResource.Line line, String regex,
      Map<String, String> fragments) {
    Matcher reference = Pattern.compile("@\\{(\\w+)}").matcher(regex);
    return reference.replaceAll(fragment -> {
      String value = fragments.get(fragment.group(1));
      if (value == null) {
        throw file.malformed(line, "undefined fragment @{" + fragment.group(1) + "}");
      }
      return Matcher.quoteReplacement(value);
    });
  }
}
