package dev.vlb.engine.contamination;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.image.Mats;
import dev.vlb.engine.bootstrap.image.OpenCvEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Copies of real photographs as a contaminated benchmark would hold them: resized, recompressed,
 * cropped, colour-shifted, rotated, outpainted. The photographs are Debian's {@code opencv-doc}
 * examples, which {@code .ci/run} installs; without them the tests that need them are skipped.
 */
final class Derived {

  static final Path DATA = Path.of("/usr/share/doc/opencv-doc/examples/data");

  private Derived() {}

  /** The example photograph as it is on disk. */
  static Image photo(String name) {
    Path file = DATA.resolve(name);
    assumeTrue(Files.isRegularFile(file), "needs Debian's example photographs: apt-get install opencv-doc (" + file + ")");
    try {
      byte[] bytes = Files.readAllBytes(file);
      try (Mats mats = new Mats()) {
        Mat pixels = decode(bytes, mats);
        return new Image(bytes, name.endsWith(".png") ? "image/png" : "image/jpeg", pixels.cols(), pixels.rows());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scaled by the factor, as a PNG. */
  static Image resized(Image image, double factor) {
    return edit(image, (pixels, mats) -> {
      Mat out = mats.mat();
      int interpolation = factor < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC;
      Imgproc.resize(pixels, out, new Size(), factor, factor, interpolation);
      return out;
    });
  }

  /** Encoded again as a JPEG of the quality (0-100). */
  static Image jpeg(Image image, int quality) {
    try (Mats mats = new Mats()) {
      return jpeg(decode(image.bytes(), mats), quality, mats);
    }
  }

  /** Cut by the given shares of the width and height off the left, top, right and bottom. */
  static Image cropped(Image image, double left, double top, double right, double bottom) {
    return edit(image, (pixels, mats) -> {
      int x0 = (int) Math.round(pixels.cols() * left);
      int y0 = (int) Math.round(pixels.rows() * top);
      int x1 = pixels.cols() - (int) Math.round(pixels.cols() * right);
      int y1 = pixels.rows() - (int) Math.round(pixels.rows() * bottom);
      return mats.own(pixels.submat(new Rect(x0, y0, x1 - x0, y1 - y0)));
    });
  }

  /** Hue turned by the angle (degrees, 0-180 as OpenCV counts) and value raised by {@code brighter} levels. */
  static Image colourShifted(Image image, int hue, int brighter) {
    return edit(image, (pixels, mats) -> {
      Mat hsv = mats.mat();
      Imgproc.cvtColor(pixels, hsv, Imgproc.COLOR_BGR2HSV);
      List<Mat> channels = new java.util.ArrayList<>();
      Core.split(hsv, channels);
      channels.forEach(mats::own);
      Mat h = channels.get(0);
      Core.add(h, new Scalar(hue), h);
      // OpenCV's 8-bit hue runs 0..179: wrap what went past it.
      Mat wrapped = mats.mat();
      Core.inRange(h, new Scalar(180), new Scalar(255), wrapped);
      Core.subtract(h, new Scalar(180), h, wrapped);
      Core.add(channels.get(2), new Scalar(brighter), channels.get(2));
      Core.merge(channels, hsv);
      Mat out = mats.mat();
      Imgproc.cvtColor(hsv, out, Imgproc.COLOR_HSV2BGR);
      return out;
    });
  }

  /** Turned by the angle (degrees) about the centre, the corners cut so no empty border shows. */
  static Image rotated(Image image, double degrees) {
    return edit(image, (pixels, mats) -> rotated(pixels, degrees, mats));
  }

  /** The pixels turned as {@link #rotated(Image, double)} turns an image. */
  static Mat rotated(Mat pixels, double degrees, Mats mats) {
    Point centre = new Point(pixels.cols() / 2.0, pixels.rows() / 2.0);
    Mat rotation = mats.own(Imgproc.getRotationMatrix2D(centre, degrees, 1.0));
    Mat out = mats.mat();
    Imgproc.warpAffine(pixels, out, rotation, pixels.size(), Imgproc.INTER_LINEAR, Core.BORDER_REFLECT);
    double radians = Math.toRadians(Math.abs(degrees));
    double keep = 1 / (Math.cos(radians) + Math.sin(radians));
    int w = (int) (pixels.cols() * keep);
    int h = (int) (pixels.rows() * keep);
    return mats.own(out.submat(new Rect((pixels.cols() - w) / 2, (pixels.rows() - h) / 2, w, h)));
  }

  /** V3 as the engine does it on photographs: the canvas grown by the ratio, reflected and blurred. */
  static Image outpainted(Image image, double ratio, long seed) {
    Sample sample = new Sample("photo", image, "", "What is shown?", List.of(), "a photo", TaskType.SHORT_ANSWER, null);
    return new OpenCvEditor(ratio).edit(ImageStrategy.OUTPAINT, sample, seed).image();
  }

  interface Edit {
    Mat apply(Mat pixels, Mats mats);
  }

  /** The edit applied to the decoded BGR pixels, the result a PNG. */
  static Image edit(Image image, Edit edit) {
    try (Mats mats = new Mats()) {
      return png(edit.apply(decode(image.bytes(), mats), mats), mats);
    }
  }

  static Mat decode(byte[] bytes, Mats mats) {
    Mat pixels = mats.own(Imgcodecs.imdecode(mats.own(new MatOfByte(bytes)), Imgcodecs.IMREAD_COLOR));
    if (pixels.empty()) {
      throw new IllegalArgumentException("undecodable test image");
    }
    return pixels;
  }

  static Image png(Mat pixels, Mats mats) {
    MatOfByte encoded = mats.own(new MatOfByte());
    Imgcodecs.imencode(".png", pixels, encoded, mats.own(new MatOfInt(Imgcodecs.IMWRITE_PNG_COMPRESSION, 1)));
    return Image.png(encoded.toArray(), pixels.cols(), pixels.rows());
  }

  static Image jpeg(Mat pixels, int quality, Mats mats) {
    MatOfByte encoded = mats.own(new MatOfByte());
    Imgcodecs.imencode(".jpg", pixels, encoded, mats.own(new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality)));
    return new Image(encoded.toArray(), "image/jpeg", pixels.cols(), pixels.rows());
  }
}
