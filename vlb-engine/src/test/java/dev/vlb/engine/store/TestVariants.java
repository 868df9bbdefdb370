package dev.vlb.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Items and generations as the generator makes them, derived from a number so that a writer in another
 * process and the reader here agree on what entry {@code i} must hold.
 */
final class TestVariants {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Chain V1_L4 = Chain.of(ImageStrategy.ADD_OBJECT, QuestionStrategy.IRRELEVANT_CONTEXT);
  static final Chain L2 = Chain.of(QuestionStrategy.REPHRASE);

  private TestVariants() {}

  static SortedMap<String, String> fingerprint() {
    return new TreeMap<>(Map.of(
        "editor", "iopaint:powerpaint-v2",
        "editor.steps", "30",
        "planner", "Qwen2-VL-72B",
        "judge", "InternVL2-76B",
        "prompts", "v3",
        "outpaint.ratio", "1.5",
        "seed", "42",
        "maxAttempts", "5"));
  }

  /** Incompressible bytes labelled PNG: the store keeps bytes as they are and decodes nothing. */
  static Image bytes(long seed, int size) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return new Image(bytes, "image/png", 640, 480);
  }

  /** A real PNG of seeded noise, for readers that decode what they read. */
  static Image png(long seed, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Image.png(out.toByteArray(), width, height);
  }

  static Sample original(int item, Image image) {
    return new Sample(
        "mmbench-" + item,
        image,
        "The picture was taken in a kitchen.",
        "What colour is the mug on the left (item " + item + ")?",
        List.of("red", "blue", "green", "white"),
        "B",
        TaskType.MULTIPLE_CHOICE,
        null);
  }

  static VariantKey key(Sample original, Chain chain) {
    return VariantKey.of(original, "attribute_recognition", chain, fingerprint());
  }

  /** V1 then L4 as the generator records them: a planned and painted object, then added context. */
  static Generation.Generated added(Sample original, Image edited) {
    Sample variant = original.withImage(edited, null)
        .withContext("Mugs were first made of clay. " + original.context());
    return new Generation.Generated(
        variant,
        3,
        List.of("V1 attempt 1: rejected: the plate covers the mug", "V1 attempt 2: accepted: answer unchanged",
            "L4 attempt 1: accepted: answer unchanged"),
        true,
        List.of(
            new Generation.Step(ImageStrategy.ADD_OBJECT, 2, "planner+iopaint",
                Optional.of(json("{\"object\":\"a silver spoon\",\"box\":[412,300,520,371],\"reason\":\"away from the mugs\"}")),
                Optional.of(json("{\"painter\":\"powerpaint\",\"box\":[412,300,520,371],\"seed\":1234567,\"strength\":0.75}"))),
            new Generation.Step(QuestionStrategy.IRRELEVANT_CONTEXT, 1, "distractor-corpus", Optional.empty(), Optional.empty())));
  }

  /** L2 keeps the item's image: its entry shares the original's image file. */
  static Generation.Generated rephrased(Sample original) {
    return new Generation.Generated(
        original.withQuestion("Which colour does the left mug have?"),
        1,
        List.of("L2 attempt 1: accepted: same meaning"),
        false,
        List.of(new Generation.Step(QuestionStrategy.REPHRASE, 1, "rules", Optional.empty(), Optional.empty())));
  }

  static Generation.NotGenerated notGenerated() {
    return new Generation.NotGenerated(
        "V1 rejected 5 times", 5, List.of("V1 attempt 1: rejected: covers the mug", "V1 attempt 2: rejected: covers the mug",
            "V1 attempt 3: rejected: changes the count", "V1 attempt 4: rejected: covers the mug",
            "V1 attempt 5: rejected: covers the mug"));
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
