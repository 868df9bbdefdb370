package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.spi.Image;
import dev.vlb.engine.model.PostClient;
import dev.vlb.engine.model.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import org.apiguardian.api.API;

/**
 * Embeds images through an OpenAI-compatible {@code POST {url}/embeddings} endpoint in the form vLLM
 * documents for CLIP and SigLIP ({@code vllm serve openai/clip-vit-base-patch32 --runner pooling}; see
 * vLLM's {@code examples/pooling/embed/vision_embedding_online.py}): the image goes in as the only part
 * of a chat-style user message, as a data URL, and the embedding comes back as {@code data[0].embedding}.
 *
 * <pre>
 * {"model": "openai/clip-vit-base-patch32",
 *  "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,..."}}]}],
 *  "encoding_format": "float"}
 * </pre>
 *
 * <p>Requests go through a {@link PostClient}: without blocking the caller, at most the endpoint's
 * concurrency in flight; a failed attempt is sent again as the engine's one {@link RetryPolicy} decides (connection errors, timeouts, 408,
 * 429 and 5xx, honouring {@code Retry-After}) and by nothing else. Every failure is an
 * {@link EmbeddingCallException}, never an empty or zero embedding.
 */
@API(status = INTERNAL, since = "0.1")
public final class EmbeddingClient implements AutoCloseable {

  /** Names the configuration keys in retry messages: {@code vlb.contamination.embedding.timeout}. */
  static final String ROLE = "contamination.embedding";

  private static final MediaType JSON = MediaType.get("application/json");

  private final EmbeddingEndpoint endpoint;
  private final PostClient client;

  private EmbeddingClient(EmbeddingEndpoint endpoint) {
    this.endpoint = endpoint;
    this.client = new PostClient(new PostClient.Target("Embedding model " + endpoint.model(),
        endpoint.url().newBuilder().addPathSegment("embeddings").build(), endpoint.apiKey().value(), endpoint.timeout(),
        endpoint.concurrency(), endpoint.maxRetries(), ROLE, EmbeddingCallException::new));
  }

  /** A client of the endpoint; close it to release its threads and connections. */
  public static EmbeddingClient connect(EmbeddingEndpoint endpoint) {
    return new EmbeddingClient(Objects.requireNonNull(endpoint, "endpoint"));
  }

  /** The model the endpoint serves; an index records it, so that embeddings of two models never meet. */
  public String model() {
    return endpoint.model();
  }

  /**
   * The image's embedding, scaled to unit length. Returns at once; the stage fails with an
   * {@link EmbeddingCallException} when no embedding could be had.
   *
   * @param mediaType the type of the encoded bytes, e.g. {@code image/jpeg}
   * @throws IllegalArgumentException when the media type is no image type
   */
  public CompletableFuture<float[]> embed(byte[] image, String mediaType) {
    Objects.requireNonNull(image, "image");
    if (mediaType == null || !mediaType.startsWith("image/")) {
      throw new IllegalArgumentException("An image to embed must have an image media type, was " + mediaType);
    }
    return client.post(body(image, mediaType), JSON, this::embedding);
  }

  private float[] embedding(byte[] reply) {
    String text = new String(reply, StandardCharsets.UTF_8);
    try {
      return EmbeddingReply.parse(text);
    } catch (IllegalArgumentException e) {
      throw client.unusable("answered with no usable embedding, " + e.getMessage() + ": " + client.excerpt(text));
    }
  }

  /** The embedding of an image of the API; see {@link #embed(byte[], String)}. */
  public CompletableFuture<float[]> embed(Image image) {
    return embed(image.bytes(), image.mediaType());
  }

  private byte[] body(byte[] image, String mediaType) {
    ObjectNode body = EmbeddingReply.JSON.createObjectNode().put("model", endpoint.model());
    body.putArray("messages").addObject().put("role", "user")
        .putArray("content").addObject().put("type", "image_url")
        .putObject("image_url").put("url", "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image));
    body.put("encoding_format", "float");
    try {
      return EmbeddingReply.JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** Fails what is in flight and releases OkHttp's threads and connections. */
  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return client.toString();
  }
}
