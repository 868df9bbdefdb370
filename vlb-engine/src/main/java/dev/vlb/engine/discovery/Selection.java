package dev.vlb.engine.discovery;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the discovery request asks of one suite: all of it, or some items, each with all or some of its
 * variants. Whole wins over parts when selectors overlap.
 */
final class Selection {

  private boolean whole;
  private final Map<String, Set<String>> items = new HashMap<>();

  void selectWhole() {
    whole = true;
  }

  void selectItem(String itemId) {
    items.put(itemId, null);
  }

  void selectVariant(String itemId, String variantId) {
    if (items.containsKey(itemId) && items.get(itemId) == null) {
      return;
    }
    items.computeIfAbsent(itemId, id -> new HashSet<>()).add(variantId);
  }

  boolean isWhole() {
    return whole;
  }

  boolean includes(String itemId) {
    return whole || items.containsKey(itemId);
  }

  /** The variant ids selected for an item, or {@code null} for all. */
  Set<String> variants(String itemId) {
    return whole ? null : items.get(itemId);
  }

  Set<String> itemIds() {
    return items.keySet();
  }
}
