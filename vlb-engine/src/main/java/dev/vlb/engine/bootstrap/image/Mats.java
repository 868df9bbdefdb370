package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apiguardian.api.API;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * The matrices of one edit, released together when it ends: their pixels live in native memory that
 * the garbage collector does not see, so a run over thousands of photographs must not wait for it.
 * Also decodes and encodes images. Public for the engine's other users of OpenCV (the contamination
 * check), which own their matrices the same way.
 */
@API(status = INTERNAL, since = "0.1")
public final class Mats implements AutoCloseable {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  /**
   * zlib's fastest level, pinned so the bytes do not follow a change of OpenCV's default: encoding is
   * most of a small edit's time, and level 3 took half as long again, level 6 three times as long.
   */
  private static final int PNG_COMPRESSION = 1;

  private final List<Mat> owned = new ArrayList<>();

  public Mats() {
    Natives.load();
  }

  /** A new empty matrix released with the others. */
  public Mat mat() {
    return own(new Mat());
  }

  public <M extends Mat> M own(M mat) {
    owned.add(mat);
    return mat;
  }

  /** The part of the matrix inside the box, sharing its pixels. */
  Mat region(Mat mat, Box box) {
    return own(mat.submat(new Rect(box.xMin(), box.yMin(), box.width(), box.height())));
  }

  /** Whether the bytes are a PNG or a JPEG, the only formats the editor reads. */
  static boolean readable(Image image) {
    byte[] bytes = image.bytes();
    return startsWith(bytes, PNG_SIGNATURE) || startsWith(bytes, JPEG_SIGNATURE);
  }

  /**
   * The image's pixels as 8-bit BGR, or BGRA with {@code keepAlpha} when it has an alpha channel.
   * JPEG orientation tags are applied, so coordinates are those of the image as it is shown.
   */
  Mat decode(Image image, boolean keepAlpha) {
    if (!readable(image)) {
      throw new IllegalArgumentException(notReadable(image));
    }
    MatOfByte encoded = own(new MatOfByte(image.bytes()));
    Mat pixels = own(Imgcodecs.imdecode(encoded, keepAlpha ? Imgcodecs.IMREAD_UNCHANGED : Imgcodecs.IMREAD_COLOR));
    if (pixels.empty()) {
      throw new IllegalArgumentException("The " + image.mediaType() + " image (" + image.size() + " bytes) could not be decoded");
    }
    return pixels;
  }

  static String notReadable(Image image) {
    byte[] bytes = image.bytes();
    byte[] head = Arrays.copyOf(bytes, Math.min(4, bytes.length));
    return "Only PNG and JPEG images can be edited; this one is declared " + image.mediaType()
        + " and starts with bytes " + HexFormat.ofDelimiter(" ").formatHex(head);
  }

  /** The pixels as a PNG image. */
  public Image png(Mat pixels) {
    MatOfByte encoded = own(new MatOfByte());
    Imgcodecs.imencode(".png", pixels, encoded, own(new MatOfInt(Imgcodecs.IMWRITE_PNG_COMPRESSION, PNG_COMPRESSION)));
    return Image.png(encoded.toArray(), pixels.cols(), pixels.rows());
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  @Override
  public void close() {
    owned.forEach(Mat::release);
  }
}
