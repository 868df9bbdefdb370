package dev.vlb.engine.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexicalCheckTests {

  private final LexicalCheck check = LexicalCheck.create();

  private String changes(String original, String variant) {
    return String.join("; ", check.changes(original, variant));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Is there a red circle in the image?               | Is there a crimson disk in the photo?
      Is there a red circle in the image?               | Can you see a red circle?
      Is the green star above the yellow hexagon?       | Is the yellow hexagon below the green star?
      Is the red circle to the left of the blue square? | Relative to the blue square, is the red circle to the left of it?
      Are there more red objects than blue objects?     | Are blue objects fewer than red objects?
      Are there more red objects than blue objects?     | Is the number of red objects greater than the number of blue objects?
      How many green triangles are there?               | What is the number of green triangles in the image?
      What color is the hexagon?                        | Which hue does the six-sided shape have?
      Which object is largest?                          | What is the biggest item?
      Are there 2 dogs on the sofa?                     | Are there two dogs on the sofa?
      Which one is the largest dog?                     | Which dog is the largest?
      Isn't the car red?                                | Is the automobile not red?
      Does the image show a kitchen?                    | Is it true that the image shows a kitchen?
      Describe this photo in detail.                    | Give a description of this photo in detail.
      Is the cat near the dog?                          | Is the dog near the cat?
      """)
  void findsNothingChangedInARewriteThatKeepsTheMeaning(String original, String variant) {
    assertThat(changes(original, variant)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Is there a red circle in the image?               | Is there a blue circle in the image?           | colour word 'red' became 'blue'
      Is there a red circle in the image?               | Is there a red square in the image?            | shape word 'circle' became 'square'
      Is the red circle to the left of the blue square? | Is the red circle to the right of the blue square? | spatial word 'to the left of' became 'to the right of'
      Is the red circle to the left of the blue square? | Is the blue square to the left of the red circle? | 'red circle' and 'blue square' swapped places around 'to the left of'
      Are there more red objects than blue objects?     | Are there fewer red objects than blue objects? | comparative 'more' became 'fewer'
      Which object is largest?                          | Which object is smallest?                      | comparative 'largest' became 'smallest'
      What color is the large square?                   | What color is the small square?                | size word 'large' became 'small'
      Are there 2 dogs on the sofa?                     | Are there 3 dogs on the sofa?                  | number '2' became '3'
      Is there a dog in the image?                      | Are there two dogs in the image?               | number 'two' was added
      Is the dog on the sofa?                           | Is the dog in front of the sofa?               | spatial word 'on' became 'in front of'
      Is the dog on the sofa?                           | Is the dog near the sofa?                      | spatial word 'on' became 'near'
      Is the car red?                                   | Isn't the car red?                             | negation 'n't' was added
      Is the dog without a leash?                       | Is the dog with a leash?                       | negation 'without' was dropped
      How many dogs are there?                          | Why are there dogs?                            | question word 'how many' became 'why'
      Is the cat sitting on the sofa?                   | Is the dog sitting on the sofa?                | noun 'cat' became 'dog'
      Is the laptop open?                               | Is the laptop closed?                          | word 'open' became 'closed'
      Does the man have a beard?                        | Does the man shave a beard?                    | word 'have' became 'shave'
      What color is the star?                           | What shape is the star?                        | noun 'color' became 'shape'
      """)
  void namesWhatChangedInARewriteThatChangesTheMeaning(String original, String variant, String expected) {
    assertThat(changes(original, variant)).isEqualTo(expected);
  }
}
