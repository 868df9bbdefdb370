package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.apiguardian.api.API;

/**
 * A request body OkHttp sends at most once per call. Turning off {@code retryOnConnectionFailure} and
 * redirects is not enough to keep OkHttp from repeating a request itself: it still repeats a 503 with
 * {@code Retry-After: 0} (and a 421 on a coalesced connection) unless the body is one-shot. Our own
 * retries make a new call and may send the same bytes again.
 */
@API(status = INTERNAL, since = "0.1")
public final class OneShotBody extends RequestBody {

  /** Writes the content, the same bytes each time it is asked. */
  private interface Content {
    void writeTo(BufferedSink sink) throws IOException;
  }

  private final Content content;
  private final long length;
  private final MediaType type;

  private OneShotBody(Content content, long length, MediaType type) {
    this.content = content;
    this.length = length;
    this.type = type;
  }

  static OneShotBody of(JsonBody content, MediaType type) {
    return new OneShotBody(content::writeTo, content.length(), type);
  }

  /** For the other HTTP clients of the engine (image editors), so that our retry policy is the only one. */
  public static OneShotBody of(byte[] content, MediaType type) {
    return new OneShotBody(sink -> sink.write(content), content.length, type);
  }

  @Override
  public MediaType contentType() {
    return type;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    content.writeTo(sink);
  }

  @Override
  public boolean isOneShot() {
    return true;
  }
}
