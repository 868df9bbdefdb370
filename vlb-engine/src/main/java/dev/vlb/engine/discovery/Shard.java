package dev.vlb.engine.discovery;

import dev.vlb.engine.bootstrap.Seeds;
import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.configuration.Settings;

/** The share {@code i/n} of items this run evaluates, chosen by a hash of each item id. */
record Shard(int index, int count) {

  static final Shard ALL = new Shard(1, 1);

  static Shard from(Settings settings) {
    String text = settings.get(ConfigurationKeys.SHARD).orElse(null);
    if (text == null) {
      return ALL;
    }
    String[] parts = text.split("/");
    try {
      Shard shard = new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      if (parts.length == 2 && shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count) {
        return shard;
      }
    } catch (RuntimeException e) {
      // reported below with the expected form
    }
    throw new InvalidConfigurationException(
        "Configuration parameter '" + ConfigurationKeys.SHARD + "' must be i/n with 1 <= i <= n, but was '" + text + "'");
  }

  boolean includes(String itemId) {
    return count == 1 || Math.floorMod(Seeds.mix(0, itemId.hashCode()), count) == index - 1;
  }
}
