package dev.vlb.engine.execution;

import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.Item;
import dev.vlb.engine.result.VariantResult;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Hands the selected items of a dataset to the workers ahead of the reporting thread. A feeder streams
 * the dataset (discovery kept only ids) and submits each selected item, at most {@code window} at a
 * time: an item's slot is freed once its results are reported, so memory stays bounded while a remote
 * model is kept busy.
 */
final class ItemScheduler implements AutoCloseable {

  private final Callable<Stream<DatasetEntry>> entries;
  private final Set<String> selected;
  private final Function<Item, CompletableFuture<List<VariantResult>>> evaluation;
  private final Executor workers;
  private final Semaphore window;
  private final Map<String, CompletableFuture<List<VariantResult>>> outcomes = new ConcurrentHashMap<>();
  private final Set<String> submitted = ConcurrentHashMap.newKeySet();
  private final Thread feeder;

  private ItemScheduler(String name, Callable<Stream<DatasetEntry>> entries, Set<String> selected, int window,
      Executor workers, Function<Item, CompletableFuture<List<VariantResult>>> evaluation) {
    this.entries = entries;
    this.selected = new LinkedHashSet<>(selected);
    this.evaluation = evaluation;
    this.workers = workers;
    this.window = new Semaphore(window);
    selected.forEach(id -> outcomes.put(id, new CompletableFuture<>()));
    this.feeder = daemon("vlb-feeder-" + name).newThread(this::feed);
  }

  /**
   * Starts feeding.
   *
   * @param entries opens the dataset's stream again
   * @param selected the ids of the items to evaluate
   * @param window how many items may be evaluated or awaiting their report at once
   * @param evaluation evaluates one item on a worker thread
   */
  static ItemScheduler start(String name, Callable<Stream<DatasetEntry>> entries, Set<String> selected, int window,
      Executor workers, Function<Item, CompletableFuture<List<VariantResult>>> evaluation) {
    ItemScheduler scheduler = new ItemScheduler(name, entries, selected, window, workers, evaluation);
    scheduler.feeder.start();
    return scheduler;
  }

  /** The results of one item's variants, once all are in; fails when the item cannot be read. */
  List<VariantResult> await(String itemId) throws Exception {
    CompletableFuture<List<VariantResult>> outcome = outcomes.get(itemId);
    if (outcome == null) {
      throw new IllegalArgumentException("Item '" + itemId + "' was not selected or is already reported");
    }
    try {
      return outcome.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Called once an item's results are reported: frees them and lets the feeder take another item. */
  void reported(String itemId) {
    outcomes.remove(itemId);
    if (submitted.remove(itemId)) {
      window.release();
    }
  }

  @Override
  public void close() {
    feeder.interrupt();
  }

  private void feed() {
    Set<String> remaining = new LinkedHashSet<>(selected);
    try (Stream<DatasetEntry> stream = entries.call()) {
      Iterator<DatasetEntry> iterator = stream.iterator();
      while (iterator.hasNext() && !remaining.isEmpty()) {
        if (iterator.next() instanceof Item item && remaining.remove(item.id())) {
          window.acquire();
          submitted.add(item.id());
          workers.execute(() -> evaluate(item));
        }
      }
      remaining.forEach(id -> fail(id, new IllegalStateException(
          "Item '" + id + "' was discovered but is no longer in the dataset")));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      remaining.forEach(id -> fail(id, e));
    }
  }

  private void evaluate(Item item) {
    CompletableFuture<List<VariantResult>> outcome = outcomes.get(item.id());
    try {
      evaluation.apply(item).whenComplete((results, failure) -> {
        if (failure != null) {
          outcome.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure);
        } else {
          outcome.complete(results);
        }
      });
    } catch (RuntimeException | LinkageError e) {
      outcome.completeExceptionally(e);
    }
  }

  private void fail(String itemId, Throwable cause) {
    CompletableFuture<List<VariantResult>> outcome = outcomes.get(itemId);
    if (outcome != null) {
      outcome.completeExceptionally(cause);
    }
  }

  static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
