package dev.vlb.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The content address of one variant: the SHA-256, in hex, of what decides how it is generated.
 *
 * <p>Hashed, in this order, each string as a 4-byte big-endian length of its UTF-8 bytes followed by
 * those bytes, each list as a 4-byte big-endian count followed by its elements:
 *
 * <ol>
 *   <li>the format tag {@code vlb-variant-key/1};
 *   <li>the original item's image: its media type, then the SHA-256 (hex) of its encoded bytes;
 *   <li>its task type name ({@code MULTIPLE_CHOICE}...), context, question, answer, then the list of
 *       choices;
 *   <li>the chain id ({@link Chain#id()}, e.g. {@code V1+L4});
 *   <li>the generation fingerprint as a list of name, value, name, value... in the natural order of the
 *       names (whatever comparator the given map has).
 * </ol>
 *
 * Lengths before every field make the encoding unambiguous: no two different inputs give the same bytes.
 *
 * <p>The item's <em>id</em>, position and category are not hashed: two datasets holding the same
 * image, question and answers share their variants, and renumbering a dataset keeps them. (The
 * generator seeds its steps with the item id, so a shared variant is the one the first id produced;
 * it is as valid for the other, whose content is the same.) Its dataset-specific ground truth
 * ({@link Sample#scene()}) is not hashed either: it is derived from the image.
 *
 * <p>The fingerprint names everything else that changes the outcome: editor and its settings,
 * planner and judge models, prompt versions, outpaint ratio, seed, maximum attempts. A changed value
 * gives a new key, so a variant made under other settings is never reused.
 *
 * <p>A key made by {@link #of} also carries what it was made from (item id, category, original
 * question, chain, fingerprint), which {@link VariantStore#put} records beside the variant; a key
 * read back from text ({@link #parse}) carries only the digest and can look variants up, not store
 * them. Two keys are equal when their digests are.
 */
@API(status = INTERNAL, since = "0.1")
public final class VariantKey implements Comparable<VariantKey> {

  static final String FORMAT = "vlb-variant-key/1";

  /** What a key was made from, kept in the entry; none of it but chain and fingerprint is hashed. */
  record Provenance(
      String itemId, String category, String originalQuestion, String chain, SortedMap<String, String> fingerprint) {

    Provenance {
      fingerprint = Collections.unmodifiableSortedMap(new TreeMap<>(fingerprint));
    }
  }

  private final String hex;
  private final Provenance provenance;
  private final Item item;

  private VariantKey(String hex, Provenance provenance, Item item) {
    this.hex = hex;
    this.provenance = provenance;
    this.item = item;
  }

  /** The key of {@code chain} applied to {@code original}, generated as {@code fingerprint} says. */
  public static VariantKey of(Sample original, Chain chain, SortedMap<String, String> fingerprint) {
    return of(original, "", chain, fingerprint);
  }

  /**
   * As {@link #of(Sample, Chain, SortedMap)}, remembering the item's category (not hashed) for exports
   * that report by category, as VLMEvalKit's MM-Vet scoring does.
   */
  public static VariantKey of(Sample original, String category, Chain chain, SortedMap<String, String> fingerprint) {
    return Item.of(original, category).key(chain, fingerprint);
  }

  /**
   * One item's content, digested once for the keys of all its chains (its image is hashed once, not once
   * per chain).
   */
  @API(status = INTERNAL, since = "0.1")
  public static final class Item {

    private final Sample original;
    private final String category;
    private final String imageSha256;

    private Item(Sample original, String category, String imageSha256) {
      this.original = original;
      this.category = category;
      this.imageSha256 = imageSha256;
    }

    public static Item of(Sample original, String category) {
      Objects.requireNonNull(original, "original");
      return new Item(original, category == null ? "" : category, Digests.sha256(original.image().bytes()));
    }

    /** The key of {@code chain} applied to this item, generated as {@code fingerprint} says. */
    public VariantKey key(Chain chain, SortedMap<String, String> fingerprint) {
      Objects.requireNonNull(chain, "chain");
      SortedMap<String, String> byName = new TreeMap<>();
      fingerprint.forEach((name, value) -> byName.put(
          Objects.requireNonNull(name, "fingerprint name"), Objects.requireNonNull(value, "fingerprint value of " + name)));
      Encoder encoder = new Encoder();
      encoder.field(FORMAT);
      encoder.field(original.image().mediaType());
      encoder.field(imageSha256);
      encoder.field(original.type().name());
      encoder.field(original.context());
      encoder.field(original.question());
      encoder.field(original.answer());
      encoder.list(original.choices());
      encoder.field(chain.id());
      encoder.count(byName.size());
      byName.forEach((name, value) -> {
        encoder.field(name);
        encoder.field(value);
      });
      Provenance provenance = new Provenance(original.id(), category, original.question(), chain.id(), byName);
      return new VariantKey(encoder.hex(), provenance, this);
    }

    Optional<byte[]> imageBytes(String sha256) {
      return imageSha256.equals(sha256) ? Optional.of(original.image().bytes()) : Optional.empty();
    }
  }

  /**
   * The item's own image bytes when {@code sha256} is their digest: a variant that shows the item's
   * image unchanged (every question strategy's) is then read without reading or hashing its image file.
   * Empty for a key parsed from text, which knows no item.
   */
  Optional<byte[]> itemImageBytes(String sha256) {
    return item == null ? Optional.empty() : item.imageBytes(sha256);
  }

  /**
   * A key written as text (64 hex digits, either case), e.g. from a keys file or a results journal.
   *
   * @throws IllegalArgumentException when the text is no such digest
   */
  public static VariantKey parse(String text) {
    String hex = text.strip().toLowerCase(Locale.ROOT);
    if (!Digests.isSha256(hex)) {
      throw new IllegalArgumentException("Not a variant key (64 hex digits): '" + text.strip() + "'");
    }
    return new VariantKey(hex, null, null);
  }

  /** The digest, 64 lower-case hex digits. */
  public String hex() {
    return hex;
  }

  Optional<Provenance> provenance() {
    return Optional.ofNullable(provenance);
  }

  @Override
  public int compareTo(VariantKey other) {
    return hex.compareTo(other.hex);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VariantKey that && hex.equals(that.hex);
  }

  @Override
  public int hashCode() {
    return hex.hashCode();
  }

  @Override
  public String toString() {
    return hex;
  }

  /** Length-prefixed fields into one running digest. */
  private static final class Encoder {
    private final MessageDigest digest = Digests.sha256();
    private final ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);

    void field(String value) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      count(bytes.length);
      digest.update(bytes);
    }

    void list(List<String> values) {
      count(values.size());
      values.forEach(this::field);
    }

    void count(int n) {
      digest.update(length.clear().putInt(n).array());
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }
}
