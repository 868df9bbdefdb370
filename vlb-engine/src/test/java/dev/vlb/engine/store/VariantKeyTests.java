package dev.vlb.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class VariantKeyTests {

  private static final Image IMAGE = Image.png(new byte[] {1, 2, 3, 4}, 2, 2);
  private static final Sample ORIGINAL = new Sample(
      "mmbench-7", IMAGE, "A kitchen.", "What colour is the mug?", List.of("red", "blue"), "B", TaskType.MULTIPLE_CHOICE, null);

  /**
   * Keys name stored variants across versions: the encoding must not drift, and it is the one the
   * class documents (each string length-prefixed, each list count-prefixed).
   */
  @Test
  void theKeyOfAFixedItemIsTheDocumentedEncodingAndPinned() throws Exception {
    VariantKey key = VariantKey.of(ORIGINAL, TestVariants.V1_L4, new TreeMap<>(Map.of("seed", "42", "judge", "j")));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream encoded = new DataOutputStream(bytes);
    for (String field : List.of("vlb-variant-key/1", "image/png", Digests.sha256(new byte[] {1, 2, 3, 4}),
        "MULTIPLE_CHOICE", "A kitchen.", "What colour is the mug?", "B")) {
      string(encoded, field);
    }
    encoded.writeInt(2);
    string(encoded, "red");
    string(encoded, "blue");
    string(encoded, "V1+L4");
    encoded.writeInt(2);
    for (String field : List.of("judge", "j", "seed", "42")) {
      string(encoded, field);
    }

    assertThat(key.hex()).isEqualTo(Digests.sha256(bytes.toByteArray()))
        .isEqualTo("d7bbae05a1bb0484af2ee9192b36b134cf1f92b00f0a6801363001c6e5d86477");
    assertThat(key.toString()).isEqualTo(key.hex());
  }

  private static void string(DataOutputStream out, String value) throws Exception {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  @Test
  void theSameContentGivesTheSameKeyWhateverTheItemIdOrCategory() {
    Sample copy = new Sample("seedbench-991", Image.png(new byte[] {1, 2, 3, 4}, 2, 2), "A kitchen.",
        "What colour is the mug?", List.of("red", "blue"), "B", TaskType.MULTIPLE_CHOICE, null);

    assertThat(VariantKey.of(copy, "other", TestVariants.V1_L4, TestVariants.fingerprint()))
        .isEqualTo(VariantKey.of(ORIGINAL, TestVariants.V1_L4, TestVariants.fingerprint()));
  }

  @Test
  void aChangedFingerprintValueChainQuestionOrImageGivesANewKey() {
    VariantKey key = VariantKey.of(ORIGINAL, TestVariants.V1_L4, TestVariants.fingerprint());
    SortedMap<String, String> otherJudge = TestVariants.fingerprint();
    otherJudge.put("judge", "GPT-4o");

    assertThat(VariantKey.of(ORIGINAL, TestVariants.V1_L4, otherJudge)).isNotEqualTo(key);
    assertThat(VariantKey.of(ORIGINAL, Chain.parse("V1"), TestVariants.fingerprint())).isNotEqualTo(key);
    assertThat(VariantKey.of(ORIGINAL.withQuestion("What colour is the cup?"), TestVariants.V1_L4, TestVariants.fingerprint()))
        .isNotEqualTo(key);
    assertThat(VariantKey.of(ORIGINAL.withImage(Image.png(new byte[] {1, 2, 3, 5}, 2, 2), null), TestVariants.V1_L4,
        TestVariants.fingerprint())).isNotEqualTo(key);
  }

  @Test
  void fieldsCannotRunIntoEachOther() {
    Sample split = new Sample("a", IMAGE, "", "Which?", List.of("a b", "c"), "A", TaskType.MULTIPLE_CHOICE, null);
    Sample joined = new Sample("a", IMAGE, "", "Which?", List.of("a", "b c"), "A", TaskType.MULTIPLE_CHOICE, null);
    Sample contextFirst = new Sample("a", IMAGE, "Which", "?", List.of("a", "b c"), "A", TaskType.MULTIPLE_CHOICE, null);
    SortedMap<String, String> nameValue = new TreeMap<>(Map.of("ab", "c"));
    SortedMap<String, String> shiftedName = new TreeMap<>(Map.of("a", "bc"));

    assertThat(VariantKey.of(split, Chain.vanilla(), nameValue)).isNotEqualTo(VariantKey.of(joined, Chain.vanilla(), nameValue));
    assertThat(VariantKey.of(joined, Chain.vanilla(), nameValue))
        .isNotEqualTo(VariantKey.of(contextFirst, Chain.vanilla(), nameValue));
    assertThat(VariantKey.of(split, Chain.vanilla(), nameValue)).isNotEqualTo(VariantKey.of(split, Chain.vanilla(), shiftedName));
  }

  @Test
  void theFingerprintIsReadInNaturalOrderWhateverTheMapsComparator() {
    SortedMap<String, String> reversed = new TreeMap<>(Collections.reverseOrder());
    reversed.putAll(TestVariants.fingerprint());

    assertThat(VariantKey.of(ORIGINAL, TestVariants.V1_L4, reversed))
        .isEqualTo(VariantKey.of(ORIGINAL, TestVariants.V1_L4, TestVariants.fingerprint()));
  }

  @Test
  void aKeyReadFromTextEqualsTheKeyItWasWrittenFrom() {
    VariantKey key = VariantKey.of(ORIGINAL, TestVariants.V1_L4, TestVariants.fingerprint());

    assertThat(VariantKey.parse(" " + key.hex().toUpperCase(Locale.ROOT) + "\n")).isEqualTo(key).hasSameHashCodeAs(key);
    assertThatThrownBy(() -> VariantKey.parse("abc123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a variant key (64 hex digits): 'abc123'");
  }
}
