package dev.vlb.engine.contamination.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.engine.contamination.Corpus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus image of the near-duplicate check's corpus, loaded for the embedding endpoint. */
class CorpusBytesTests {

  @TempDir
  Path folder;

  @Test
  void readsACorpusImageWithTheMediaTypeItsBytesSayNotItsName() throws IOException {
    BufferedImage pixels = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(pixels, "png", folder.resolve("a.png").toFile());
    ImageIO.write(pixels, "jpg", folder.resolve("b.png").toFile());

    List<CorpusBytes> read = Corpus.folder(folder).images().stream()
        .sorted(Comparator.comparing(image -> image.path().getFileName().toString()))
        .map(image -> {
          try {
            return CorpusBytes.read(image);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        })
        .toList();

    assertThat(read).extracting(CorpusBytes::mediaType).containsExactly("image/png", "image/jpeg");
    assertThat(read.get(0).bytes()).isEqualTo(Files.readAllBytes(folder.resolve("a.png")));
  }
}
