package dev.vlb.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import dev.vlb.engine.execution.Prompts;
import dev.vlb.engine.result.Cost;
import dev.vlb.engine.result.ItemFacts;
import dev.vlb.engine.result.Outcome;
import dev.vlb.engine.result.Provenance;
import dev.vlb.engine.result.ResultsJournal;
import dev.vlb.engine.result.SuiteLabels;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.engine.scoring.Score;
import dev.vlb.engine.scoring.Scorers;
import dev.vlb.engine.store.Digests;
import dev.vlb.engine.store.VariantKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One variant's line of {@code results.jsonl}: {@link ResultsJournal#append} makes the journal record,
 * serialises it with Jackson, writes it and flushes the file, as the engine does after every variant.
 * The result is a V1+L4 variant of the multiple-choice item, answered verbosely and scored, with the
 * planner's plan, the painter's edit, three verdicts and the digests a real run records.
 *
 * <p>Each measurement iteration writes to a fresh journal in a temporary folder, deleted after it, so
 * the file stays small. Run as {@link HotPathFixtures} says.
 */
@State(Scope.Thread)
public class JournalBenchmark extends HotPathBenchmark {

  private static final SuiteLabels LABELS = new SuiteLabels("com.example.MmbenchTests", "mmbench",
      HotPathFixtures.MODEL + "@" + HotPathFixtures.BASE_URL, "OpenGVLab/InternVL2-8B@http://gpu-2:8000/v1");

  private VariantResult result;
  private Path folder;
  private ResultsJournal journal;

  @Setup
  public void setUp() {
    Image photo = HotPathFixtures.photo();
    Sample original = HotPathFixtures.question(photo);
    Chain chain = Chain.of(ImageStrategy.ADD_OBJECT, QuestionStrategy.IRRELEVANT_CONTEXT);
    Sample variant = original.withContext("The museum on the corner opens at nine on weekdays.");
    List<String> verdicts = List.of(
        "V1 attempt 1: rejected: the added umbrella hides the car, so the answer may have changed",
        "V1 attempt 2: accepted: the umbrella stands beside the car, whose colour is still visible",
        "L4 attempt 1: accepted: the context does not bear on the car's colour");
    List<Generation.Step> steps = List.of(
        new Generation.Step(ImageStrategy.ADD_OBJECT, 2, "planner+iopaint", Optional.of(plan()), Optional.of(edit())),
        new Generation.Step(QuestionStrategy.IRRELEVANT_CONTEXT, 1, "irrelevant-context", Optional.empty(), Optional.empty()));
    Generation.Generated generated = new Generation.Generated(variant, 3, verdicts, true, steps);
    String variantKey = VariantKey.of(original, "attribute_recognition", chain, new TreeMap<>(Map.of("painter", "iopaint"))).hex();
    Provenance provenance = Provenance.of(generated, Digests.sha256(photo.bytes()), Optional.of(variantKey));
    Score score = Scorers.create("mmbench", TaskType.MULTIPLE_CHOICE, Optional.empty(), false)
        .score(variant, HotPathFixtures.VERBOSE_REPLY);
    ItemFacts item = new ItemFacts(original.id(), "attribute_recognition",
        Map.of("l2-category", "fine-grained perception (instance)", "split", "dev"), original.answer());
    result = new VariantResult(item, chain, Outcome.of(score), variant.context(), Prompts.format(variant),
        HotPathFixtures.VERBOSE_REPLY, score, provenance, new Cost(1, 843, 412, 19, false));
  }

  /** What a planner replied for V1, as the results record it. */
  private static ObjectNode plan() {
    ObjectNode plan = JsonNodeFactory.instance.objectNode().put("asks", 1);
    ObjectNode object = plan.putArray("reply").addObject().put("name", "umbrella");
    object.putArray("box").add(212).add(48).add(298).add(176);
    return plan;
  }

  /** The painter's edit for V1, as the results record it. */
  private static ObjectNode edit() {
    ObjectNode edit = JsonNodeFactory.instance.objectNode().put("edit", "add").put("painter", "iopaint");
    edit.putArray("changed").add(204).add(40).add(306).add(184);
    edit.put("object", "umbrella");
    edit.putArray("box").add(212).add(48).add(298).add(176);
    return edit;
  }

  @Setup(Level.Iteration)
  public void openJournal() throws IOException {
    folder = Files.createTempDirectory("vlb-jmh-journal");
    journal = ResultsJournal.create(folder.resolve("results.jsonl"));
    journal.started(LABELS.suite(), true);
  }

  @TearDown(Level.Iteration)
  public void deleteJournal() throws IOException {
    journal.close();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Benchmark
  public void appendVariant() {
    journal.append(LABELS, result);
  }
}
