package dev.vlb.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.api.spi.Origin;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.configuration.EngineConfiguration;
import dev.vlb.engine.dataset.Datasets;
import dev.vlb.engine.descriptor.GateDescriptor;
import dev.vlb.engine.descriptor.ItemDescriptor;
import dev.vlb.engine.descriptor.SuiteDescriptor;
import dev.vlb.engine.descriptor.VlbEngineDescriptor;
import dev.vlb.engine.suite.SuiteDefinition;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Turns a discovery request into the test tree. Suites come from class, package, class-path-root and
 * unique-id selectors; items come from streaming the suite's dataset (ids and questions only, never
 * images), so discovery stays fast on large sets. Problems are reported as discovery issues or as
 * failing nodes; they never stop other suites from being discovered.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuiteDiscovery {

  private final EngineDiscoveryRequest request;
  private final UniqueId engineId;
  private final EngineConfiguration configuration;
  private final Datasets datasets;
  private final Shard shard;
  private final Map<Class<?>, Selection> selections = new LinkedHashMap<>();

  private SuiteDiscovery(EngineDiscoveryRequest request, UniqueId engineId, EngineConfiguration configuration,
      Datasets datasets) {
    this.request = request;
    this.engineId = engineId;
    this.configuration = configuration;
    this.datasets = datasets;
    this.shard = Shard.from(configuration.settings());
  }

  public static VlbEngineDescriptor discover(EngineDiscoveryRequest request, UniqueId engineId,
      EngineConfiguration configuration, Datasets datasets) {
    return new SuiteDiscovery(request, engineId, configuration, datasets).discover();
  }

  private VlbEngineDescriptor discover() {
    configuration.warnings().forEach(warning -> warn(warning, null));
    Predicate<String> classNames = Filter.composeFilters(request.getFiltersByType(ClassNameFilter.class)).toPredicate();
    request.getSelectorsByType(ClassSelector.class).forEach(selector -> selectClass(selector.getJavaClass()));
    request.getSelectorsByType(PackageSelector.class).forEach(selector -> ReflectionSupport
        .findAllClassesInPackage(selector.getPackageName(), SuiteDefinition::isSuite, classNames)
        .forEach(this::selectClass));
    request.getSelectorsByType(ClasspathRootSelector.class).forEach(selector -> ReflectionSupport
        .findAllClassesInClasspathRoot(selector.getClasspathRoot(), SuiteDefinition::isSuite, classNames)
        .forEach(this::selectClass));
    request.getSelectorsByType(UniqueIdSelector.class).forEach(selector -> selectUniqueId(selector.getUniqueId()));
    VlbEngineDescriptor engine = new VlbEngineDescriptor(engineId, configuration);
    selections.forEach((suiteClass, selection) -> engine.addChild(suite(suiteClass, selection)));
    return engine;
  }

  private void selectClass(Class<?> candidate) {
    if (SuiteDefinition.isSuite(candidate)) {
      selections.computeIfAbsent(candidate, c -> new Selection()).selectWhole();
    }
  }

  /** {@code [engine:vlb]/[suite:C]/[item:I]/[variant:V]}, or {@code .../[suite:C]/[gate:gate]}. */
  private void selectUniqueId(UniqueId uniqueId) {
    List<UniqueId.Segment> segments = uniqueId.getSegments();
    if (!uniqueId.hasPrefix(engineId) || segments.size() < 2) {
      return;
    }
    UniqueId.Segment suite = segments.get(1);
    Optional<Class<?>> suiteClass = suite.getType().equals(SuiteDescriptor.SEGMENT_TYPE)
        ? ReflectionSupport.tryToLoadClass(suite.getValue()).toOptional().filter(SuiteDefinition::isSuite)
        : Optional.empty();
    if (suiteClass.isEmpty()) {
      warn("No @Benchmark suite for unique id " + uniqueId, null);
      return;
    }
    Selection selection = selections.computeIfAbsent(suiteClass.get(), c -> new Selection());
    if (segments.size() == 2 || segments.get(2).getType().equals(GateDescriptor.SEGMENT_TYPE)) {
      selection.selectWhole();
    } else if (segments.size() == 3) {
      selection.selectItem(segments.get(2).getValue());
    } else {
      try {
        selection.selectVariant(segments.get(2).getValue(), Chain.parse(segments.get(3).getValue()).id());
      } catch (IllegalArgumentException e) {
        warn("Cannot select " + uniqueId + ": " + e.getMessage(), ClassSource.from(suiteClass.get()));
      }
    }
  }

  private SuiteDescriptor suite(Class<?> suiteClass, Selection selection) {
    SuiteDefinition definition;
    Dataset dataset;
    try {
      definition = SuiteDefinition.of(suiteClass, configuration);
      dataset = datasets.get(definition.datasetId());
    } catch (Exception e) {
      warn(suiteClass.getName() + " cannot run: " + e.getMessage(), ClassSource.from(suiteClass));
      return SuiteDescriptor.broken(engineId, suiteClass, e);
    }
    DatasetSource source = configuration.datasetSource(definition.source(), definition.limit(), definition.seed());
    UniqueId suiteId = SuiteDescriptor.idFor(engineId, suiteClass);
    List<ItemDescriptor> items = new ArrayList<>();
    int listed;
    try (Stream<DatasetEntry> entries = dataset.entries(source)) {
      listed = addItems(suiteId, items, suiteClass, entries.iterator(), selection, definition.limit());
    } catch (Exception e) {
      warn(suiteClass.getName() + " cannot read dataset '" + definition.datasetId() + "': " + e.getMessage(),
          ClassSource.from(suiteClass));
      return SuiteDescriptor.broken(engineId, suiteClass, e);
    }
    int chains = definition.chains().size();
    // the summary of a partial run says how much of the suite it saw, instead of a verdict on it
    SuiteDefinition selected = selection.isWhole() ? definition
        : definition.selecting(items.stream().mapToInt(item -> variantsOf(item, selection, chains)).sum(),
            listed * chains);
    SuiteDescriptor suite = SuiteDescriptor.of(engineId, selected, dataset, source);
    items.forEach(suite::addChild);
    if (selection.isWhole() && definition.gate().isPresent()) {
      suite.addChild(GateDescriptor.of(suite.getUniqueId()));
    }
    return suite;
  }

  private static int variantsOf(ItemDescriptor item, Selection selection, int chains) {
    Set<String> variants = selection.variants(item.itemId());
    return variants == null ? chains : variants.size();
  }

  /** Adds the selected items of the suite to {@code items}; returns how many items this shard of it lists. */
  private int addItems(UniqueId suiteId, List<ItemDescriptor> items, Class<?> suiteClass, Iterator<DatasetEntry> entries,
      Selection selection, int limit) {
    Map<String, Origin> seen = new HashMap<>();
    int count = 0;
    int listed = 0;
    while (entries.hasNext() && (limit == 0 || count < limit)) {
      DatasetEntry entry = entries.next();
      count++;
      String id = entry.id();
      if (!shard.includes(id)) {
        continue;
      }
      listed++;
      if (!selection.includes(id)) {
        continue;
      }
      TestSource source = sourceOf(entry.origin());
      Origin first = seen.putIfAbsent(id, entry.origin());
      if (first != null) {
        items.add(ItemDescriptor.malformed(suiteId, id + "@" + entry.origin(), source,
            "Duplicate sample id '" + id + "' at " + entry.origin() + "; first seen at " + first));
      } else if (entry instanceof MalformedEntry malformed) {
        items.add(ItemDescriptor.malformed(suiteId, id, source,
            "Malformed item '" + id + "' at " + malformed.origin() + ": " + malformed.message()));
      } else {
        items.add(ItemDescriptor.of(suiteId, id, ((Item) entry).question(), source, selection.variants(id)));
      }
    }
    String scope = limit == 0 ? "the dataset" : "the first " + limit + " items";
    selection.itemIds().stream().filter(id -> !seen.containsKey(id)).forEach(id ->
        warn("Item '" + id + "' selected by unique id is not in " + scope + " of " + suiteClass.getName(),
            ClassSource.from(suiteClass)));
    return listed;
  }

  /**
   * An item points at its dataset row when there is one, and otherwise at nothing, never at the suite's
   * class: Surefire opens a test set for each container with a class source and rewrites the suite's
   * report as each one closes, so the report's header would count only the last of them.
   */
  private static TestSource sourceOf(Origin origin) {
    File file = new File(origin.file());
    if (!file.exists()) {
      return null;
    }
    return origin.line() > 0 ? FileSource.from(file, FilePosition.from(origin.line())) : FileSource.from(file);
  }

  private void warn(String message, TestSource source) {
    request.getDiscoveryListener().issueEncountered(engineId,
        DiscoveryIssue.builder(Severity.WARNING, message).source(Optional.ofNullable(source)).build());
  }
}
