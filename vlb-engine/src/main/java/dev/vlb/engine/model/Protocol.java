package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** How one provider's API is spoken: where to post, how to authenticate, the body, and the reply. */
interface Protocol extends RequestedWait {

  /** The URL to post to, from a configured base URL with or without the API version. */
  HttpUrl target(HttpUrl base, String model);

  /** Adds the API version and, when there is one, the key; never in the URL, so URLs are safe to print. */
  void addHeaders(Request.Builder request, Optional<String> apiKey);

  /**
   * The request body; without an image (a text-only query) it holds no image part at all. The image
   * goes in as a slot ({@link EncodedImage#dataUrlSlot}, {@link EncodedImage#base64Slot}) that
   * {@link JsonBody} fills with the base64 bytes.
   */
  ObjectNode body(String model, Optional<EncodedImage> image, String prompt, GenerationOptions options);

  /**
   * The answer in a successful (2xx) reply.
   *
   * @throws UnusableReplyException when the reply holds no usable answer
   */
  ParsedReply parse(JsonNode reply);

  /**
   * How long the server asks to be left alone before a retry, read from a failed response; empty when
   * it does not say. By default the {@code retry-after-ms} and {@code Retry-After} headers.
   */
  @Override
  default Optional<Duration> requestedWait(Headers headers, String body, Instant now) {
    return Backoff.fromHeaders(headers, now);
  }

  /**
   * Appends {@code version/path} to a base URL, or only {@code path} when the base already ends with
   * the version, so that both {@code http://host:8000} and {@code http://host:8000/v1} work.
   */
  static HttpUrl resolve(HttpUrl base, String version, String path) {
    String basePath = base.encodedPath().replaceAll("/+$", "");
    if (basePath.endsWith("/" + path)) {
      return base;
    }
    String prefix = basePath.endsWith("/" + version) ? basePath : basePath + "/" + version;
    return base.newBuilder().encodedPath(prefix + "/" + path).build();
  }
}
