package dev.vlb.engine.world;

import dev.vlb.api.spi.GroundTruth;
import java.util.Objects;

/**
 * What the synthetic world puts into {@code Sample.scene}: the scene graph and the structured question,
 * so that exact editors, the describer and the oracle judge can work on it. Models never see it.
 */
record WorldScene(Scene scene, QuestionSpec spec) implements GroundTruth {

  WorldScene {
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(spec, "spec");
  }

  WorldScene with(Scene edited) {
    return new WorldScene(edited, spec);
  }

  Truth truth() {
    return spec.truth(scene);
  }
}
