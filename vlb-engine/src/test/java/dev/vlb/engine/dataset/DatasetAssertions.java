package dev.vlb.engine.dataset;

import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.engine.configuration.EngineConfiguration;
import dev.vlb.engine.configuration.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a dataset the way the engine does: through its registered id. */
final class DatasetAssertions {

  private DatasetAssertions() {}

  static List<DatasetEntry> read(String datasetId, String location) throws DatasetException {
    return read(datasetId, location, 0, Map.of());
  }

  static List<DatasetEntry> read(String datasetId, String location, int limit, Map<String, String> settings) throws DatasetException {
    Dataset dataset = Datasets.load(DatasetAssertions.class.getClassLoader()).get(datasetId);
    try (Stream<DatasetEntry> entries = dataset.entries(EngineConfiguration.of(Settings.of(settings)).datasetSource(location, limit, 1L))) {
      return entries.toList();
    }
  }

  static Item item(List<DatasetEntry> entries, String id) {
    return (Item) entries.stream().filter(entry -> entry.id().equals(id)).findFirst().orElseThrow();
  }

  static MalformedEntry malformed(List<DatasetEntry> entries, String id) {
    return (MalformedEntry) entries.stream().filter(entry -> entry.id().equals(id)).findFirst().orElseThrow();
  }
}
