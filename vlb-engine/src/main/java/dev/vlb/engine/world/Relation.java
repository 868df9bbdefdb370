package dev.vlb.engine.world;

/** Spatial relations between object centres, as the spatial questions word them. */
enum Relation {
  LEFT_OF("to the left of"),
  RIGHT_OF("to the right of"),
  ABOVE("above"),
  BELOW("below");

  private final String words;

  Relation(String words) {
    this.words = words;
  }

  String words() {
    return words;
  }

  /** How far (in pixels) subject lies in this relation's direction from reference; negative: opposite. */
  double margin(SceneObject subject, SceneObject reference) {
    return switch (this) {
      case LEFT_OF -> reference.x() - subject.x();
      case RIGHT_OF -> subject.x() - reference.x();
      case ABOVE -> reference.y() - subject.y();
      case BELOW -> subject.y() - reference.y();
    };
  }
}
