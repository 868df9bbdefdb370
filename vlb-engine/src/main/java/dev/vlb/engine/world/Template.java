package dev.vlb.engine.world;

import dev.vlb.api.TaskType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The question templates of the world contract. Each asks a question that the scene answers clearly,
 * or none when the scene does not fit (then the generator draws another scene).
 */
enum Template {
  EXISTS {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      if (wantYes) {
        SceneObject object = Draws.pick(scene.objects(), random);
        return Optional.of(new QuestionSpec.Exists(object.colour(), object.shape()));
      }
      // Absent combinations of a present colour and a present shape are the plausible "No"s.
      List<QuestionSpec> nearMisses = new ArrayList<>();
      for (SceneObject a : scene.objects()) {
        for (SceneObject b : scene.objects()) {
          if (scene.count(o -> o.is(a.colour(), b.shape())) == 0) {
            nearMisses.add(new QuestionSpec.Exists(a.colour(), b.shape()));
          }
        }
      }
      return anyOf(nearMisses, random);
    }
  },
  SPATIAL {
    /** Only pairs whose centres are twice the tolerance apart, so the answer is clear to the eye. */
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      List<QuestionSpec> clear = new ArrayList<>();
      List<SceneObject> named = scene.objects().stream().filter(scene::hasUniqueName).toList();
      for (SceneObject a : named) {
        for (SceneObject b : named) {
          for (Relation relation : Relation.values()) {
            double margin = relation.margin(a, b);
            if (!a.name().equals(b.name()) && Math.abs(margin) >= 2 * scene.tolerance() && margin > 0 == wantYes) {
              clear.add(new QuestionSpec.Spatial(a.colour(), a.shape(), relation, b.colour(), b.shape()));
            }
          }
        }
      }
      return anyOf(clear, random);
    }
  },
  COMPARE {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      List<QuestionSpec> unequal = new ArrayList<>();
      for (Colour a : Colour.values()) {
        for (Colour b : Colour.values()) {
          long countA = scene.count(o -> o.colour() == a);
          long countB = scene.count(o -> o.colour() == b);
          if (countA > 0 && countB > 0 && countA != countB && countA > countB == wantYes) {
            unequal.add(new QuestionSpec.Compare(a, b));
          }
        }
      }
      return anyOf(unequal, random);
    }
  },
  COLOUR_OF_SHAPE {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      return anyDefined(
          Arrays.stream(Shape.values()).map(s -> (QuestionSpec) new QuestionSpec.ColourOfShape(s)).toList(),
          scene,
          random);
    }
  },
  COUNT_OF_KIND {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      SceneObject object = Draws.pick(scene.objects(), random);
      return Optional.of(new QuestionSpec.CountOfKind(object.colour(), object.shape()));
    }
  },
  SHAPE_OF_COLOUR_CHOICE {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      return shapeOfColour(scene, TaskType.MULTIPLE_CHOICE, random);
    }
  },
  LARGEST {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      return anyDefined(List.of(new QuestionSpec.Largest()), scene, random);
    }
  },
  COUNT_SHAPE {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      return Optional.of(new QuestionSpec.CountShape(Draws.pick(scene.objects(), random).shape()));
    }
  },
  COUNT_ALL {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      return Optional.of(new QuestionSpec.CountAll());
    }
  },
  COLOUR_OF_SIZED_SHAPE {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      return anyDefined(
          scene.objects().stream()
              .map(o -> (QuestionSpec) new QuestionSpec.ColourOfSizedShape(o.size(), o.shape()))
              .toList(),
          scene,
          random);
    }
  },
  SHAPE_OF_COLOUR_ANSWER {
    @Override
    Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random) {
      return shapeOfColour(scene, TaskType.SHORT_ANSWER, random);
    }
  };

  /**
   * A question about the scene; wantYes picks the answer of yes/no templates (the generator alternates
   * it so that Yes and No are balanced).
   */
  abstract Optional<QuestionSpec> ask(Scene scene, boolean wantYes, SplittableRandom random);

  private static Optional<QuestionSpec> shapeOfColour(Scene scene, TaskType type, SplittableRandom random) {
    return anyDefined(
        Arrays.stream(Colour.values()).map(c -> (QuestionSpec) new QuestionSpec.ShapeOfColour(c, type)).toList(),
        scene,
        random);
  }

  /** One of the questions that has a single answer on the scene. */
  private static Optional<QuestionSpec> anyDefined(List<QuestionSpec> specs, Scene scene, SplittableRandom random) {
    return anyOf(specs.stream().filter(spec -> spec.truth(scene).defined()).toList(), random);
  }

  private static Optional<QuestionSpec> anyOf(List<QuestionSpec> specs, SplittableRandom random) {
    return specs.isEmpty() ? Optional.empty() : Optional.of(Draws.pick(specs, random));
  }
}
