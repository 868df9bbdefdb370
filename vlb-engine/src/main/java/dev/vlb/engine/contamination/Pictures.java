package dev.vlb.engine.contamination;

import dev.vlb.engine.bootstrap.image.Mats;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Encoded images decoded to 8-bit grey, the only form the hash and the feature matcher read. Corpus
 * files and queries go the same way (bytes in memory, then OpenCV's decoder), so the same picture gives
 * the same pixels whether it came from a file or from a sample.
 */
final class Pictures {

  private Pictures() {}

  /**
   * The picture's grey pixels, released with {@code mats}.
   *
   * @throws IllegalArgumentException when OpenCV cannot decode the bytes (not an image, or a format
   *     this build of OpenCV does not read)
   */
  static Mat grey(byte[] encoded, Mats mats) {
    Mat pixels = mats.own(Imgcodecs.imdecode(mats.own(new MatOfByte(encoded)), Imgcodecs.IMREAD_GRAYSCALE));
    if (pixels.empty()) {
      throw new IllegalArgumentException("not an image OpenCV can decode (" + encoded.length + " bytes)");
    }
    return pixels;
  }
}
