package dev.vlb.engine.dataset;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apiguardian.api.API;

/** The datasets on the class path, by id. */
@API(status = INTERNAL, since = "0.1")
public final class Datasets {

  private final Map<String, Dataset> byId;

  private Datasets(Map<String, Dataset> byId) {
    this.byId = byId;
  }

  public static Datasets load(ClassLoader classLoader) {
    Map<String, Dataset> byId = new TreeMap<>();
    for (Dataset dataset : ServiceLoader.load(Dataset.class, classLoader)) {
      byId.putIfAbsent(dataset.id(), dataset);
    }
    return new Datasets(byId);
  }

  /**
   * @throws DatasetException naming the unknown id and the known ones
   */
  public Dataset get(String id) throws DatasetException {
    Dataset dataset = byId.get(id);
    if (dataset == null) {
      throw new DatasetException("Unknown dataset id '" + id + "'; known ids: " + String.join(", ", byId.keySet()));
    }
    return dataset;
  }
}
