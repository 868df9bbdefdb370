package dev.vlb.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * SHA-256 in lower-case hex, the one digest of variants: keys, image names, entry and set checksums,
 * and the image digests of results.
 */
@API(status = INTERNAL, since = "0.1")
public final class Digests {

  private Digests() {}

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  static String sha256(byte[] bytes, int from, int length) {
    MessageDigest digest = sha256();
    digest.update(bytes, from, length);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A new SHA-256 digest, for content hashed in parts. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /** Whether {@code text} is a digest as this class writes it: 64 lower-case hex digits. */
  static boolean isSha256(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
