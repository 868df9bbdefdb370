package dev.vlb.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.engine.configuration.Settings;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import okhttp3.HttpUrl;

/** Images, settings and assertions the model client tests share. */
final class ModelFixtures {

  static final String KEY_VARIABLE = "VLB_TEST_API_KEY";
  static final String API_KEY = "sk-test-7f3c9a1e5b2d4f60";
  static final Function<String, String> ENVIRONMENT = Map.of(KEY_VARIABLE, API_KEY)::get;

  private ModelFixtures() {}

  /** A 2x2 image encoded in the given ImageIO format ("png", "jpg", "bmp"). */
  static byte[] encoded(String format) {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, Color.RED.getRGB());
    image.setRGB(1, 1, Color.BLUE.getRGB());
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, format, bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModelQuery query(String prompt) {
    return new ModelQuery(Image.png(encoded("png"), 2, 2), prompt);
  }

  /** Settings for role "model" at the given URLs, with the key in the environment and no cache. */
  static Settings settings(String urls, String... keyValues) {
    Map<String, String> values = new HashMap<>();
    values.put("vlb.model.url", urls);
    values.put("vlb.model.name", "qwen2-vl");
    values.put("vlb.model.api-key-env", KEY_VARIABLE);
    values.put("vlb.model.timeout", "5s");
    values.put("vlb.cache.enabled", "false");
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return Settings.of(values);
  }

  static RemoteModel client(HttpUrl url, String... keyValues) {
    return client(url.toString(), keyValues);
  }

  static RemoteModel client(String urls, String... keyValues) {
    return (RemoteModel) ModelClients.create("model", settings(urls, keyValues), ENVIRONMENT).orElseThrow();
  }

  static ModelReply answer(CompletionStage<ModelReply> stage) throws Exception {
    return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** The failure a stage completed with, checked to carry no API key. */
  static ModelCallException failure(CompletionStage<ModelReply> stage) {
    Throwable thrown = catchThrowable(() -> stage.toCompletableFuture().get(30, TimeUnit.SECONDS));
    assertThat(thrown).isInstanceOf(ExecutionException.class);
    assertThat(thrown.getCause()).isInstanceOf(ModelCallException.class);
    ModelCallException failure = (ModelCallException) thrown.getCause();
    assertNoKey(failure);
    return failure;
  }

  /** No message in the chain, and no text given, contains the API key. */
  static void assertNoKey(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      assertThat(String.valueOf(cause.getMessage())).doesNotContain(API_KEY);
      assertThat(cause.toString()).doesNotContain(API_KEY);
    }
  }
}
