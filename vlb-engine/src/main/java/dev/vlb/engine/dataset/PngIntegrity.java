package dev.vlb.engine.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Whether a PNG is whole, without decoding its pixels: every chunk's CRC matches (so every byte is the
 * one its writer wrote), the file reaches IEND, and the IDAT stream inflates to exactly the scanlines
 * the header promises. That is stronger than decoding, which ignores CRCs and fills missing rows, and
 * costs a fraction of it: an item's image is checked once, and a photograph's decode took more CPU than
 * the model call it was for.
 */
final class PngIntegrity {

  private static final int SIGNATURE_LENGTH = 8;
  private static final int INFLATE_BUFFER = 64 * 1024;
  private static final int IHDR_LENGTH = 13;

  private PngIntegrity() {}

  /** Why the PNG is not whole, or empty when it is. */
  static Optional<String> problem(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    Inflater pixels = new Inflater();
    try {
      Optional<Header> header = Optional.empty();
      long inflated = 0;
      int at = SIGNATURE_LENGTH;
      while (at + 12 <= bytes.length) {
        long length = Integer.toUnsignedLong(buffer.getInt(at));
        String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
        if (at + 12 + length > bytes.length) {
          return Optional.of("the PNG ends inside its " + type + " chunk at byte " + at);
        }
        int data = at + 8;
        if (!crcMatches(bytes, at + 4, (int) length + 4, buffer.getInt(data + (int) length))) {
          return Optional.of("the PNG's " + type + " chunk at byte " + at + " fails its CRC");
        }
        if (type.equals("IHDR")) {
          if (length != IHDR_LENGTH) {
            return Optional.of("the PNG's IHDR chunk holds " + length + " bytes, not " + IHDR_LENGTH);
          }
          header = Optional.of(Header.read(buffer, data));
        } else if (type.equals("IDAT")) {
          if (header.isEmpty()) {
            return Optional.of("the PNG's pixel data comes before its IHDR chunk");
          }
          pixels.setInput(bytes, data, (int) length);
          inflated += drain(pixels, header.get().mostInflated() - inflated);
          if (inflated > header.get().mostInflated()) {
            return Optional.of("the PNG's pixel data inflates to more than its header promises");
          }
        } else if (type.equals("IEND")) {
          return header.isEmpty() ? Optional.of("the PNG has no IHDR chunk") : pixelProblem(pixels, inflated, header.get());
        }
        at = data + (int) length + 4;
      }
      return Optional.of("the PNG ends before its IEND chunk");
    } catch (DataFormatException e) {
      return Optional.of("the PNG's pixel data is not a valid zlib stream (" + e.getMessage() + ")");
    } finally {
      pixels.end();
    }
  }

  private static Optional<String> pixelProblem(Inflater pixels, long inflated, Header header) {
    if (!pixels.finished()) {
      return Optional.of("the PNG's pixel data stops short (" + inflated + " bytes inflated)");
    }
    if (!header.interlaced() && inflated != header.scanlineBytes()) {
      return Optional.of("the PNG's pixel data inflates to " + inflated + " bytes, its header promises " + header.scanlineBytes());
    }
    return Optional.empty();
  }

  private static boolean crcMatches(byte[] bytes, int from, int length, int expected) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, length);
    return (int) crc.getValue() == expected;
  }

  /** Inflates what the input holds, but stops once past {@code limit}: a zlib bomb is not worth the CPU. */
  private static long drain(Inflater inflater, long limit) throws DataFormatException {
    byte[] sink = new byte[INFLATE_BUFFER];
    long total = 0;
    int read;
    while (total <= limit && (read = inflater.inflate(sink)) > 0) {
      total += read;
    }
    return total;
  }

  /** What IHDR says about the scanlines: each is a filter byte and then the row's packed samples. */
  private record Header(long width, long height, int bitDepth, int colourType, boolean interlaced) {

    static Header read(ByteBuffer buffer, int data) {
      return new Header(Integer.toUnsignedLong(buffer.getInt(data)), Integer.toUnsignedLong(buffer.getInt(data + 4)),
          buffer.get(data + 8), buffer.get(data + 9), buffer.get(data + 12) != 0);
    }

    /** Interlacing adds a filter byte per row of each of its seven passes: far less than double. */
    long mostInflated() {
      return 2 * scanlineBytes();
    }

    long scanlineBytes() {
      long bitsPerPixel = (long) samplesPerPixel() * bitDepth;
      return height * (1 + (width * bitsPerPixel + 7) / 8);
    }

    private int samplesPerPixel() {
      return switch (colourType) {
        case 2 -> 3; // RGB
        case 4 -> 2; // grey and alpha
        case 6 -> 4; // RGBA
        default -> 1; // grey, palette
      };
    }
  }
}
