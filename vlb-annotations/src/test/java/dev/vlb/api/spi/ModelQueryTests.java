package dev.vlb.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelQueryTests {

  private static final Image IMAGE = Image.png(new byte[] {1, 2}, 1, 1);

  @Test
  void asksAboutAnImage() {
    ModelQuery query = new ModelQuery(IMAGE, "Is it red?");

    assertThat(query.image()).contains(IMAGE);
    assertThat(query.prompt()).isEqualTo("Is it red?");
  }

  @Test
  void asksTextOnlyWithoutAnImage() {
    ModelQuery query = ModelQuery.textOnly("Grade this answer.");

    assertThat(query.image()).isEmpty();
    assertThat(query.prompt()).isEqualTo("Grade this answer.");
  }

  @Test
  void namesAMissingImageOrPrompt() {
    assertThatThrownBy(() -> new ModelQuery((Image) null, "Is it red?")).isInstanceOf(NullPointerException.class).hasMessage("image");
    assertThatThrownBy(() -> new ModelQuery(IMAGE, null)).isInstanceOf(NullPointerException.class).hasMessage("prompt");
  }
}
