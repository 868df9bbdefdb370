package dev.vlb.engine.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTests {

  @TempDir
  Path folder;

  @Test
  void aFolderGivesItsImagesAtAnyDepthInPathOrderNamedByTheirRelativePath() throws IOException {
    touch("b.png");
    touch("a/z.JPG");
    touch("a/y.jpeg");
    touch("c/d/e.webp");
    touch("notes.txt");
    touch("image.gif");
    touch(".hidden.png");
    touch(".thumbnails/a.png");

    Corpus corpus = Corpus.folder(folder);

    assertThat(corpus.images()).extracting(CorpusImage::id).containsExactly("a/y.jpeg", "a/z.JPG", "b.png", "c/d/e.webp");
    assertThat(corpus.images().get(0)).isEqualTo(new CorpusImage("a/y.jpeg", folder.resolve("a/y.jpeg").toAbsolutePath(), ""));
    assertThat(corpus.source()).isEqualTo(folder.toAbsolutePath());
  }

  @Test
  void aMissingFolderIsRefusedNamingIt() {
    Path missing = folder.resolve("nowhere");

    assertThatIOException().isThrownBy(() -> Corpus.folder(missing))
        .withMessage("Corpus folder " + missing.toAbsolutePath() + " does not exist or is not a folder");
  }

  @Test
  void aManifestNamesImagesRelativeToItsFolderOrAbsoluteWithOptionalIdAndCaption() throws IOException {
    Path elsewhere = folder.resolve("elsewhere/x.png").toAbsolutePath();
    Path manifest = write("data/corpus.jsonl",
        "{\"image\": \"images/cat.jpg\", \"id\": \"cat-1\", \"caption\": \"a cat on a mat\"}",
        "",
        "{\"image\": \"../dog.png\", \"id\": 42}",
        "{\"image\": \"" + elsewhere.toString().replace("\\", "\\\\") + "\"}");

    Corpus corpus = Corpus.manifest(manifest);

    assertThat(corpus.images()).containsExactly(
        new CorpusImage("cat-1", folder.resolve("data/images/cat.jpg").toAbsolutePath(), "a cat on a mat"),
        new CorpusImage("42", folder.resolve("dog.png").toAbsolutePath(), ""),
        new CorpusImage(elsewhere.toString(), elsewhere, ""));
  }

  @Test
  void aManifestWithBadLinesIsRefusedNamingTheFileAndEveryBadLine() throws IOException {
    Path manifest = write("corpus.jsonl",
        "{\"image\": \"a.png\", \"id\": \"a\"}",
        "{\"image\": \"b.png\"",
        "{\"id\": \"c\"}",
        "[\"d.png\"]",
        "{\"image\": \"e.png\", \"id\": \"a\"}",
        "{\"image\": {\"path\": \"f.png\"}}",
        "{\"image\": \"g.png\"}");

    InvalidCorpusException refused = assertThatExceptionOfType(InvalidCorpusException.class)
        .isThrownBy(() -> Corpus.manifest(manifest)).actual();

    assertThat(refused.problems()).hasSize(5);
    assertThat(refused.problems().get(0)).startsWith("line 2: not valid JSON: ");
    assertThat(refused.problems().subList(1, 5)).containsExactly(
        "line 3: field 'image' is missing",
        "line 4: expected a JSON object, found an array",
        "line 5: id 'a' is already used on line 1",
        "line 6: field 'image' is an object, expected text");
    assertThat(refused).hasMessageStartingWith("Corpus manifest " + manifest.toAbsolutePath() + " has 5 bad lines:\n  line 2: ")
        .hasMessageEndingWith("\n  line 6: field 'image' is an object, expected text");
  }

  @Test
  void atReadsAFolderAsAFolderAndAFileAsAManifest() throws IOException {
    touch("pictures/p.png");
    Path manifest = write("m.jsonl", "{\"image\": \"pictures/p.png\", \"id\": \"p\"}");

    assertThat(Corpus.at(folder.resolve("pictures")).images()).extracting(CorpusImage::id).containsExactly("p.png");
    assertThat(Corpus.at(manifest).images()).extracting(CorpusImage::id).containsExactly("p");
  }

  private void touch(String name) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {1});
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
