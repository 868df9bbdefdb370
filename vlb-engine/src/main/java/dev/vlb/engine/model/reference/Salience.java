package dev.vlb.engine.model.reference;

/**
 * Where the model's attention goes when a question slot holds a word it does not know: the last
 * colour or shape word it read in the context, else the most conspicuous object in the image. With
 * an irrelevant context this leaks unrelated words into the question.
 */
record Salience(ContextPrior prior, PerceivedScene scene) {

  PaletteColour colour() {
    if (!prior.colours().isEmpty()) {
      return prior.colours().get(prior.colours().size() - 1);
    }
    return scene.salient().map(Percept::colour).orElse(PaletteColour.RED);
  }

  ShapeKind shape() {
    if (!prior.shapes().isEmpty()) {
      return prior.shapes().get(prior.shapes().size() - 1);
    }
    return scene.salient().map(Percept::shape).orElse(ShapeKind.CIRCLE);
  }
}
