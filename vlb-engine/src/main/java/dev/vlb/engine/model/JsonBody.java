package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okio.BufferedSink;

/**
 * A request body as UTF-8 bytes: the JSON text before the image, the image's base64, the JSON text
 * after it. Only the small JSON around the image goes through Jackson; the image itself (some hundred
 * kilobytes per request) is never copied into a string, escaped, or re-encoded. The bytes are exactly
 * those of the whole tree written as one JSON text, so cache keys stay what they were.
 *
 * <p>The protocol puts a slot into the tree where the image goes ({@link #imageSlot}): a raw value
 * holding a NUL character, which written JSON never holds otherwise (Jackson escapes every control
 * character in names and strings).
 */
final class JsonBody {

  private static final char SLOT = '\0';
  private static final byte[] NONE = new byte[0];

  private final byte[] head;
  private final Optional<EncodedImage> image;
  private final byte[] tail;

  private JsonBody(byte[] head, Optional<EncodedImage> image, byte[] tail) {
    this.head = head;
    this.image = image;
    this.tail = tail;
  }

  /** The slot a protocol puts where the base64 goes, after {@code prefix} inside the same JSON string. */
  static RawValue imageSlot(String prefix) {
    return new RawValue("\"" + prefix + SLOT + "\"");
  }

  /** The body of {@code tree}, with {@code image} in its slot. */
  static JsonBody of(ObjectNode tree, Optional<EncodedImage> image) {
    String json = Json.write(tree);
    int slot = json.indexOf(SLOT);
    if (slot < 0 || image.isEmpty()) {
      return new JsonBody(utf8(json), Optional.empty(), NONE);
    }
    return new JsonBody(utf8(json.substring(0, slot)), image, utf8(json.substring(slot + 1)));
  }

  /** The text before the image, or the whole body when it holds none. */
  byte[] head() {
    return head;
  }

  /**
   * Empty when the body holds no image: a text-only query, or one whose image part the configured extra
   * body replaced.
   */
  Optional<EncodedImage> image() {
    return image;
  }

  byte[] tail() {
    return tail;
  }

  long length() {
    return head.length + image.map(EncodedImage::length).orElse(0) + tail.length;
  }

  void writeTo(BufferedSink sink) throws IOException {
    sink.write(head);
    if (image.isPresent()) {
      image.get().writeTo(sink);
    }
    sink.write(tail);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
