package dev.vlb.engine.configuration;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** What a run does with the variant store ({@code vlb.variants}). */
@API(status = INTERNAL, since = "0.1")
public enum VariantReuse {
  /** Use the store's variants; generate and store what is missing (the default). */
  REUSE,
  /** Generate every variant again and store it in place of the one kept. */
  REGENERATE,
  /** Use only the store's variants (an imported set); a missing one is not generated. */
  FROZEN,
  /** No store: generate every variant and keep none. */
  OFF;

  /** As in the key, e.g. {@code reuse}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static VariantReuse of(String value) {
    return Arrays.stream(values())
        .filter(mode -> mode.id().equals(value.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new InvalidConfigurationException("Configuration parameter '" + ConfigurationKeys.VARIANTS
            + "' must be one of " + Arrays.stream(values()).map(VariantReuse::id).collect(Collectors.joining(", "))
            + ", but was '" + value + "'"));
  }
}
