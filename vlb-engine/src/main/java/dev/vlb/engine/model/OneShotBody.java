package dev.vlb.engine.model;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body OkHttp sends at most once per call. Turning off {@code retryOnConnectionFailure} and
 * redirects is not enough to keep OkHttp from repeating a request itself: it still repeats a 503 with
 * {@code Retry-After: 0} (and a 421 on a coalesced connection) unless the body is one-shot. Our own
 * retries make a new call and may send the same bytes again.
 */
final class OneShotBody extends RequestBody {

  private final JsonBody content;
  private final MediaType type;

  private OneShotBody(JsonBody content, MediaType type) {
    this.content = content;
    this.type = type;
  }

  static OneShotBody of(JsonBody content, MediaType type) {
    return new OneShotBody(content, type);
  }

  @Override
  public MediaType contentType() {
    return type;
  }

  @Override
  public long contentLength() {
    return content.length();
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
