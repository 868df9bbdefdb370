package dev.vlb.engine.contamination.check;

import dev.vlb.api.spi.Image;
import dev.vlb.engine.bootstrap.image.Mats;
import dev.vlb.engine.contamination.CorpusImage;
import dev.vlb.engine.contamination.semantic.CorpusBytes;
import java.io.IOException;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/** Corpus images as a model is shown them: PNG and JPEG files as they are, any other format as PNG. */
final class CorpusPictures {

  private CorpusPictures() {}

  static Image load(CorpusImage image) throws IOException {
    CorpusBytes file = CorpusBytes.read(image);
    try (Mats mats = new Mats()) {
      Mat pixels = mats.own(Imgcodecs.imdecode(mats.own(new MatOfByte(file.bytes())), Imgcodecs.IMREAD_COLOR));
      if (pixels.empty()) {
        throw new IOException("Corpus image " + image.id() + " (" + image.path() + ") cannot be decoded");
      }
      boolean shown = file.mediaType().equals("image/png") || file.mediaType().equals("image/jpeg");
      return shown ? new Image(file.bytes(), file.mediaType(), pixels.cols(), pixels.rows()) : mats.png(pixels);
    }
  }
}
