package dev.vlb.engine.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTests {

  private final SentenceEmbedder embedder = SentenceEmbedder.shared();

  @Test
  void embedsATextAsAUnitVectorOf384Dimensions() {
    float[] embedding = embedder.embed("How many red apples are on the table?");

    assertThat(embedding).hasSize(384);
    assertThat(SentenceEmbedder.cosine(embedding, embedding)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void placesAParaphraseCloserThanAnUnrelatedQuestion() {
    float[] question = embedder.embed("How many red apples are on the table?");
    float[] paraphrase = embedder.embed("What is the number of red apples on the table?");
    float[] unrelated = embedder.embed("Which sport is the woman playing?");

    assertThat(SentenceEmbedder.cosine(question, paraphrase)).isGreaterThan(0.9);
    assertThat(SentenceEmbedder.cosine(question, unrelated)).isLessThan(0.3);
  }

  @Test
  void embedsABatchOfOneExactlyAsTheTextAlone() {
    String text = "Is the red circle to the left of the blue square?";

    assertThat(embedder.embed(List.of(text)).get(0)).containsExactly(embedder.embed(text));
    assertThat(embedder.embed(List.of())).isEmpty();
  }

  @Test
  void embedsABatchInTheOrderGiven() {
    List<float[]> batch = embedder.embed(List.of("A red star.", "How many dogs are in the park?"));

    assertThat(batch).hasSize(2);
    assertThat(SentenceEmbedder.cosine(batch.get(0), embedder.embed("A red star."))).isGreaterThan(0.98);
    assertThat(SentenceEmbedder.cosine(batch.get(1), embedder.embed("How many dogs are in the park?")))
        .isGreaterThan(0.98);
  }
}
