package dev.vlb.engine.contamination.semantic;

import dev.vlb.engine.configuration.Settings;
import dev.vlb.engine.model.ApiKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Embedding endpoints on a loopback stand-in, and the replies such an endpoint gives. */
final class Endpoints {

  static final String MODEL = "openai/clip-vit-base-patch32";
  static final String KEY_VARIABLE = "EMBEDDING_API_KEY";
  static final String SECRET = "sk-embedding-secret";

  private Endpoints() {}

  /** The key as configuration hands it over: the parameter names a variable, the environment holds it. */
  static ApiKey key() {
    String parameter = "vlb.contamination.embedding.api-key-env";
    return ApiKey.fromEnvironment(parameter, Settings.of(Map.of(parameter, KEY_VARIABLE)), Map.of(KEY_VARIABLE, SECRET)::get);
  }

  static EmbeddingClient client(MockWebServer server, int concurrency, int maxRetries) {
    return EmbeddingClient.connect(new EmbeddingEndpoint(server.url("/v1"), MODEL, key(), Duration.ofSeconds(5), concurrency, maxRetries));
  }

  /** A vLLM reply holding {@code embedding} as numbers. */
  static MockResponse embedding(float... embedding) {
    String numbers = Arrays.toString(embedding);
    return json("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":" + numbers + "}],"
        + "\"model\":\"" + MODEL + "\",\"usage\":{\"prompt_tokens\":50,\"total_tokens\":50}}");
  }

  static MockResponse json(String body) {
    return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
  }

  /** The vector with a one in {@code hot} and zeros elsewhere. */
  static float[] unit(int dimension, int hot) {
    float[] vector = new float[dimension];
    vector[hot] = 1;
    return vector;
  }
}
