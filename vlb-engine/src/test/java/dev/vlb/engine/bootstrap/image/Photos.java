package dev.vlb.engine.bootstrap.image;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vlb.api.spi.Image;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Real photographs no one here made: the examples of Debian's {@code opencv-doc} package, which
 * {@code .ci/run} installs. Without them the tests that need them are skipped, saying so.
 */
final class Photos {

  static final Path DATA = Path.of("/usr/share/doc/opencv-doc/examples/data");

  private Photos() {}

  static Image jpeg(String name) {
    Path file = DATA.resolve(name);
    assumeTrue(Files.isRegularFile(file), "needs Debian's example photographs: apt-get install opencv-doc (" + file + ")");
    try {
      byte[] bytes = Files.readAllBytes(file);
      Mat pixels = pixels(new Image(bytes, "image/jpeg", 1, 1));
      return new Image(bytes, "image/jpeg", pixels.cols(), pixels.rows());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The edit as the OpenCV painter carries it out; its failure is thrown as it is. */
  static EditedImage painted(Image image, ImageEdit edit, long seed) {
    return Painters.join(Painters.openCv().paint(image, edit, seed));
  }

  /** The image decoded by OpenCV as BGR, as the editor decodes it. */
  static Mat pixels(Image image) {
    Natives.load();
    return Imgcodecs.imdecode(new MatOfByte(image.bytes()), Imgcodecs.IMREAD_COLOR);
  }

  /** How many pixels differ in any channel, outside the box (or everywhere with {@code null}). */
  static int differingOutside(Mat before, Mat after, Box box) {
    Mat differs = differing(before, after);
    if (box != null) {
      differs.submat(rect(box)).setTo(new Scalar(0));
    }
    return Core.countNonZero(differs);
  }

  /** How many pixels differ in any channel, inside the box. */
  static int differingInside(Mat before, Mat after, Box box) {
    return Core.countNonZero(differing(before, after).submat(rect(box)));
  }

  /** The mean grey level of the image, or of the image outside the box. */
  static double meanGrey(Mat image, Box excluded) {
    Mat grey = new Mat();
    Imgproc.cvtColor(image, grey, Imgproc.COLOR_BGR2GRAY);
    Mat mask = new Mat(grey.size(), grey.type(), new Scalar(255));
    if (excluded != null) {
      mask.submat(rect(excluded)).setTo(new Scalar(0));
    }
    return Core.mean(grey, mask).val[0];
  }

  static Rect rect(Box box) {
    return new Rect(box.xMin(), box.yMin(), box.width(), box.height());
  }

  private static Mat differing(Mat before, Mat after) {
    Mat difference = new Mat();
    Core.absdiff(before, after, difference);
    Mat any = new Mat();
    // A pixel differs if any channel does: the maximum over channels, not the weighted grey.
    Core.reduce(difference.reshape(1, difference.rows() * difference.cols()), any, 1, Core.REDUCE_MAX);
    return any.reshape(1, difference.rows());
  }
}
