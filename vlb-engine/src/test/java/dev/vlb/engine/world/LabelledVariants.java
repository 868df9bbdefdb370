package dev.vlb.engine.world;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import dev.vlb.engine.bootstrap.question.OfflineQuestionRewriters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Variants of the synthetic world's items, meant to be harmless or deliberately broken, each labelled by
 * the world's exact oracle: ground truth for measuring other judges, which no benchmark of photographs
 * can give. The label is the oracle's, never the intent: a "broken" edit that happens to keep the answer
 * (one more red circle when the question asks whether there is one) is labelled good.
 *
 * <p>The oracle labels a pair by recomputing the question the variant asks (its structured form) on the
 * variant's scene and comparing it with the answer the original states. Paraphrases (L1, L2) keep the
 * structured question, so they are good by construction of the offline rewriters: the oracle reads
 * structure, not words.
 */
public final class LabelledVariants {

  /**
   * One original with one variant and the oracle's verdict on it.
   *
   * @param edit what was done, one of the {@link Edit} labels (or another corpus's own)
   * @param label the ground truth: accepted when the variant keeps the original's answer
   */
  public record Pair(String edit, Sample original, Sample variant, Verdict label) {

    public Pair {
      Objects.requireNonNull(edit, "edit");
      Objects.requireNonNull(original, "original");
      Objects.requireNonNull(variant, "variant");
      Objects.requireNonNull(label, "label");
    }

    public boolean good() {
      return label.accepted();
    }

    /** Whether only the text changed: the picture is the same bytes. */
    public boolean textOnly() {
      return original.image().equals(variant.image());
    }
  }

  /** The edits, in the order their pairs come. */
  public enum Edit {
    ADD_OBJECT("V1 add object"),
    REMOVE_OBJECT("V2 remove object"),
    OUTPAINT("V3 outpaint"),
    WORD_SUBSTITUTION("L1 word substitution"),
    REPHRASE("L2 rephrase"),
    REMOVE_SUBJECT("remove the asked-about object"),
    RECOLOUR_SUBJECT("recolour the asked-about object"),
    ONE_MORE("add one more of the asked-about object"),
    LEFT_RIGHT("left <-> right"),
    ABOVE_BELOW("above <-> below"),
    DROP_NEGATION("drop a negation");

    private final String label;

    Edit(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final OracleJudge ORACLE = new OracleJudge();
  /** The method's default canvas scale for V3. */
  private static final double OUTPAINT_RATIO = 1.5;
  private static final int PLACEMENT_ATTEMPTS = 400;

  private LabelledVariants() {}

  /** Every edit that applies to each of the first {@code items} items of the seed, labelled; edit by edit. */
  public static List<Pair> of(long seed, int items) {
    SceneEditor editor = new SceneEditor(OUTPAINT_RATIO);
    QuestionRewriter rewriter = OfflineQuestionRewriters.create();
    List<Pair> pairs = new ArrayList<>();
    List<Sample> samples = WorldSamples.generated(seed, items);
    for (Edit edit : Edit.values()) {
      for (int n = 0; n < samples.size(); n++) {
        variant(edit, samples.get(n), editor, rewriter, seed + n)
            .map(made -> new Pair(edit.label(), made.original(), made.variant(), label(made.original(), made.variant())))
            .ifPresent(pairs::add);
      }
    }
    return pairs;
  }

  /** The world's exact judge, as synthetic suites use it: it rejects any variant that asks another question. */
  public static Judge oracle() {
    return ORACLE;
  }

  /** The oracle's verdict on whether the variant's question, on the variant's scene, has the original's answer. */
  static Verdict label(Sample original, Sample variant) {
    WorldScene asked = WorldSamples.world(variant);
    return ORACLE.judge(original.withImage(original.image(), new WorldScene(WorldSamples.world(original).scene(),
        asked.spec())), variant);
  }

  /** An original (itself changed only for "drop a negation") and its variant. */
  private record Made(Sample original, Sample variant) {

    static Optional<Made> of(Sample original, Optional<Sample> variant) {
      return variant.map(made -> new Made(original, made));
    }
  }

  private static Optional<Made> variant(Edit edit, Sample original, SceneEditor editor, QuestionRewriter rewriter,
      long seed) {
    WorldScene world = WorldSamples.world(original);
    Scene scene = world.scene();
    Optional<Integer> subject = subject(world);
    return switch (edit) {
      case ADD_OBJECT -> Made.of(original, edited(editor, ImageStrategy.ADD_OBJECT, original, seed));
      case REMOVE_OBJECT -> Made.of(original, edited(editor, ImageStrategy.REMOVE_OBJECT, original, seed));
      case OUTPAINT -> Made.of(original, edited(editor, ImageStrategy.OUTPAINT, original, seed));
      case WORD_SUBSTITUTION -> Made.of(original, rewritten(rewriter, QuestionStrategy.WORD_SUBSTITUTION, original, seed));
      case REPHRASE -> Made.of(original, rewritten(rewriter, QuestionStrategy.REPHRASE, original, seed));
      case REMOVE_SUBJECT -> Made.of(original, subject.map(i -> withScene(original, scene.without(i))));
      case RECOLOUR_SUBJECT -> Made.of(original, subject.map(i -> withScene(original, recoloured(scene, i))));
      case ONE_MORE -> Made.of(original, subject.flatMap(i -> oneMore(scene, i, seed)).map(s -> withScene(original, s)));
      case LEFT_RIGHT -> Made.of(original, flipped(world, Relation.LEFT_OF, Relation.RIGHT_OF).map(spec -> asking(original, spec)));
      case ABOVE_BELOW -> Made.of(original, flipped(world, Relation.ABOVE, Relation.BELOW).map(spec -> asking(original, spec)));
      case DROP_NEGATION -> negated(original).map(negated -> new Made(negated, negated.withQuestion(original.question())));
    };
  }

  /** The world's own V1-V3, when it can make one. */
  private static Optional<Sample> edited(SceneEditor editor, ImageStrategy strategy, Sample original, long seed) {
    if (!editor.supports(strategy, original)) {
      return Optional.empty();
    }
    try {
      return Optional.of(editor.edit(strategy, original, seed));
    } catch (CannotBootstrapException e) {
      return Optional.empty();
    }
  }

  /** The offline L1 or L2 rewrite, when there is one that changes the question. */
  private static Optional<Sample> rewritten(QuestionRewriter rewriter, QuestionStrategy strategy, Sample original,
      long seed) {
    try {
      Sample rewritten = rewriter.rewrite(strategy, original, seed);
      return rewritten.question().equals(original.question()) ? Optional.empty() : Optional.of(rewritten);
    } catch (CannotBootstrapException e) {
      return Optional.empty();
    }
  }

  /** The index of the first object the question is about (the one edits must leave alone). */
  private static Optional<Integer> subject(WorldScene world) {
    Scene scene = world.scene();
    return IntStream.range(0, scene.size())
        .filter(i -> world.spec().about(scene.objects().get(i), scene))
        .boxed()
        .findFirst();
  }

  private static Sample withScene(Sample original, Scene scene) {
    return SceneEditor.withScene(original, WorldSamples.world(original).with(scene));
  }

  /** The object at {@code index} in the next colour of the palette, where it was. */
  private static Scene recoloured(Scene scene, int index) {
    SceneObject object = scene.objects().get(index);
    Colour next = Colour.values()[(object.colour().ordinal() + 1) % Colour.values().length];
    List<SceneObject> objects = new ArrayList<>(scene.objects());
    objects.set(index, new SceneObject(object.shape(), next, object.size(), object.x(), object.y()));
    return new Scene(objects, scene.zoom());
  }

  /** A copy of the object at {@code index} on top, wholly on the canvas, with every object still fair. */
  private static Optional<Scene> oneMore(Scene scene, int index, long seed) {
    SceneObject object = scene.objects().get(index);
    SplittableRandom random = Draws.random(seed, index);
    for (int attempt = 0; attempt < PLACEMENT_ATTEMPTS; attempt++) {
      SceneObject copy = object.movedTo(random.nextDouble(Scene.WIDTH), random.nextDouble(Scene.HEIGHT));
      Scene candidate = scene.with(copy);
      if (!candidate.cutByEdge(copy) && candidate.fair(Scene.MIN_VISIBLE)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A spatial question with its relation turned round ("left of" asked as "right of"), when it has one of the two. */
  private static Optional<QuestionSpec> flipped(WorldScene world, Relation one, Relation other) {
    if (world.spec() instanceof QuestionSpec.Spatial spatial && (spatial.relation() == one || spatial.relation() == other)) {
      Relation turned = spatial.relation() == one ? other : one;
      return Optional.of(new QuestionSpec.Spatial(spatial.colour(), spatial.shape(), turned, spatial.otherColour(),
          spatial.otherShape()));
    }
    return Optional.empty();
  }

  /** The same picture asked another question, as a text-only step would: the stated answer stays. */
  private static Sample asking(Sample original, QuestionSpec spec) {
    return original.withQuestion(spec.text())
        .withImage(original.image(), new WorldScene(WorldSamples.world(original).scene(), spec));
  }

  /**
   * The original asked with a negation ("Is there no red circle in the image?") and the opposite answer,
   * for the existence and spatial questions; its scene keeps the question without the negation, which
   * the variant (the negation dropped) asks.
   */
  private static Optional<Sample> negated(Sample original) {
    QuestionSpec spec = WorldSamples.world(original).spec();
    String negated = original.question();
    if (spec instanceof QuestionSpec.Exists) {
      negated = negated.replaceFirst("^Is there an? ", "Is there no ");
    } else if (spec instanceof QuestionSpec.Spatial) {
      negated = negated.replaceFirst("^Is the (\\w+ \\w+) ", "Is the $1 not ");
    }
    if (negated.equals(original.question())) {
      return Optional.empty();
    }
    String opposite = original.answer().equals("Yes") ? "No" : "Yes";
    return Optional.of(new Sample(original.id(), original.image(), original.context(), negated, original.choices(),
        opposite, TaskType.YES_NO, original.scene()));
  }
}
