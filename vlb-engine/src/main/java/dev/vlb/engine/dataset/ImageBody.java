package dev.vlb.engine.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Whether an image's body is whole: a half-written file has a valid header, and decoders fill what is
 * missing (a truncated JPEG decodes "successfully" with grey rows, a PNG cut after its pixel data
 * decodes whole). A PNG carries checksums, so {@link PngIntegrity} checks it without decoding; any
 * other image is decoded once, at a reduced size, with every decoder warning counted as a defect:
 * after a warning the model would see other pixels than the dataset's author did.
 */
final class ImageBody {

  /** The decoded copy is subsampled to about this many pixels a side: every byte is still decoded. */
  private static final int CHECKED_SIDE = 256;

  private ImageBody() {}

  /** Why the image cannot be decoded whole, or empty when it can. */
  static Optional<String> problem(byte[] bytes, ImageHeader header) {
    return header.mediaType().equals("image/png") ? PngIntegrity.problem(bytes) : decodingProblem(bytes, header);
  }

  private static Optional<String> decodingProblem(byte[] bytes, ImageHeader header) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(header.mediaType());
    if (!readers.hasNext()) {
      return Optional.of("no decoder for " + header.mediaType());
    }
    ImageReader reader = readers.next();
    // The default stream caches to a temporary file; the bytes are in memory already.
    try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(input, true, true);
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      decode(reader, header);
      return warnings.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", warnings));
    } catch (IOException | RuntimeException e) {
      // Decoders also throw unchecked exceptions (index out of bounds, illegal argument) on corrupt data.
      return Optional.of(describe(e));
    } finally {
      reader.dispose();
    }
  }

  /**
   * Reads the raster when the decoder can, which skips the colour conversion (and so accepts CMYK
   * JPEGs, which the model's API may well take).
   */
  private static void decode(ImageReader reader, ImageHeader header) throws IOException {
    ImageReadParam subsampled = reader.getDefaultReadParam();
    int period = Math.max(1, Math.max(header.width(), header.height()) / CHECKED_SIDE);
    subsampled.setSourceSubsampling(period, period, 0, 0);
    if (reader.canReadRaster()) {
      reader.readRaster(0, subsampled);
    } else {
      reader.read(0, subsampled);
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    return cause == null || cause.getMessage() == null ? message : message + " (" + cause.getMessage() + ")";
  }
}
