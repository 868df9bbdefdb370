package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.engine.configuration.EditorConfiguration;
import dev.vlb.engine.configuration.EditorConfiguration.Kind;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The one call the generator makes: the configured painter, named for the variant store. */
class PaintersTests {

  private static final String TOKEN = "sk-secret";

  @Test
  void opencvIsTheSharedInProcessPainter() {
    Painter painter = Painters.create(editor(Kind.OPENCV, null, null), Optional.empty());

    assertThat(painter).isSameAs(Painters.openCv());
    assertThat(painter.name()).isEqualTo("opencv");
  }

  @Test
  void iopaintIsNamedAfterItsServer() {
    try (Painter painter = Painters.create(editor(Kind.IOPAINT, "http://gpu-1:8080", null), Optional.of(TOKEN))) {
      assertThat(painter).isInstanceOf(IoPaintPainter.class);
      assertThat(painter.name()).isEqualTo("iopaint@http://gpu-1:8080");
    }
  }

  @Test
  void openAiImagesIsNamedAfterItsModelAndServerButNotItsKey() {
    try (Painter painter = Painters.create(editor(Kind.OPENAI_IMAGES, "https://api.openai.com", "gpt-image-1"), Optional.of(TOKEN))) {
      assertThat(painter).isInstanceOf(OpenAiImagesPainter.class);
      assertThat(painter.name()).isEqualTo("openai-images gpt-image-1@https://api.openai.com");
      assertThat(painter.toString()).doesNotContain(TOKEN);
    }
  }

  private static EditorConfiguration editor(Kind kind, String url, String name) {
    return new EditorConfiguration(kind, Optional.ofNullable(url).map(HttpUrl::get), Optional.ofNullable(name),
        Duration.ofSeconds(5), Optional.empty(), 2);
  }
}
