package dev.vlb.engine.model;

import static dev.vlb.engine.model.ImageBodyTests.PNG_BASE64;
import static dev.vlb.engine.model.ImageBodyTests.PROMPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.spi.Image;
import dev.vlb.engine.configuration.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The response cache's key is the SHA-256 of model, endpoint and the whole body, as it always was, so
 * replies cached by earlier versions are found; the image in it is hashed once, not per request.
 */
class CacheKeyTests {

  private static final byte[] PNG = Base64.getDecoder().decode(PNG_BASE64);

  /** The expected keys were computed by the version that hashed the body written as one string. */
  @ParameterizedTest
  @CsvSource({
      "openai, 7351d61df8987eadc37dd015fa2a2bcb2a264cea5a849a458c483f122c3c3300",
      "anthropic, f1d846aeac0ce180a519f2305d89cce0fc2f99734d4e66c03f648f1c2a799930",
      "gemini, 3a7535acbab4df2b0a4fba4ef569e7c60d0b6294dfb4139de994406c8c492dd6"})
  void keepsTheKeysOfEarlierVersions(String provider, String key) {
    ClientConfig config = config("qwen2-vl", ImageBodyTests.settings(provider));

    assertThat(key(config, body(config, EncodedImage.of(Image.png(PNG, 1, 1))))).isEqualTo(key);
  }

  @Test
  void hashesTheWholeBodyForEveryModelThatSendsTheSameImage() throws IOException {
    EncodedImage image = EncodedImage.of(Image.png(PNG, 1, 1));

    for (String model : new String[] {"qwen2-vl", "llava", "qwen2-vl"}) {
      ClientConfig config = config(model, "vlb.model.system-prompt", "Be brief.");
      JsonBody body = body(config, image);
      assertThat(key(config, body)).isEqualTo(wholeBodyKey("openai:" + model, config.displayName(), body));
    }
  }

  @Test
  void isTheSameForEqualRequestsAndDiffersForAnImageOneByteApart() {
    ClientConfig config = config("qwen2-vl");
    byte[] changed = PNG.clone();
    changed[changed.length - 1] ^= 1;

    String key = key(config, body(config, EncodedImage.of(Image.png(PNG, 1, 1))));

    assertThat(key(config, body(config, EncodedImage.of(Image.png(PNG, 1, 1))))).isEqualTo(key);
    assertThat(key(config, body(config, EncodedImage.of(Image.png(changed, 1, 1))))).isNotEqualTo(key);
  }

  private static ClientConfig config(String model, String... keyValues) {
    Map<String, String> values = new HashMap<>(Map.of("vlb.model.url", "http://gpu-1:8000/v1", "vlb.model.name", model));
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return ClientConfig.read("model", Settings.of(values), variable -> null).orElseThrow();
  }

  private static JsonBody body(ClientConfig config, EncodedImage image) {
    ObjectNode tree = config.provider().protocol().body(config.model(), Optional.of(image), PROMPT, config.options());
    return JsonBody.of(Json.merge(tree, config.options().extraBody()), Optional.of(image));
  }

  private static String key(ClientConfig config, JsonBody body) {
    return ResponseCache.key(config.provider().id() + ":" + config.model(), config.displayName(), body);
  }

  private static String wholeBodyKey(String model, String endpoint, JsonBody body) throws IOException {
    Buffer bytes = new Buffer();
    body.writeTo(bytes);
    MessageDigest digest = ResponseCache.sha256();
    for (byte[] part : new byte[][] {model.getBytes(StandardCharsets.UTF_8), endpoint.getBytes(StandardCharsets.UTF_8), bytes.readByteArray()}) {
      digest.update(part);
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
