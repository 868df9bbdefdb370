package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a result records of its dataset item.
 *
 * @param category the dataset's category (MMBench category, MM-Vet capability...) or empty
 * @param attributes the item's dataset fields worth reporting (l2-category, MME subtask and pair...)
 * @param expected the correct answer
 */
@API(status = INTERNAL, since = "0.1")
public record ItemFacts(String id, String category, Map<String, String> attributes, String expected) {

  public ItemFacts {
    Objects.requireNonNull(id, "id");
    category = category == null ? "" : category;
    attributes = Map.copyOf(attributes);
    Objects.requireNonNull(expected, "expected");
  }
}
