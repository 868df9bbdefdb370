package dev.vlb.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.Item;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.result.Cost;
import dev.vlb.engine.result.ItemFacts;
import dev.vlb.engine.result.Outcome;
import dev.vlb.engine.result.Provenance;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.engine.scoring.Score;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ItemSchedulerTests {

  private final ExecutorService workers = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    workers.shutdownNow();
  }

  @Test
  void evaluatesOnlyTheSelectedItemsAndHandsOutTheirResults() throws Exception {
    List<String> evaluated = Collections.synchronizedList(new ArrayList<>());
    ItemScheduler scheduler = ItemScheduler.start("test", () -> items(5), ids("i2", "i4"), 4, workers, item -> {
      evaluated.add(item.id());
      return CompletableFuture.completedFuture(List.of(passed(item)));
    });

    assertThat(scheduler.await("i2")).extracting(result -> result.item().id()).containsExactly("i2");
    assertThat(scheduler.await("i4")).extracting(result -> result.item().id()).containsExactly("i4");
    assertThat(evaluated).containsExactlyInAnyOrder("i2", "i4");
    scheduler.close();
  }

  @Test
  void keepsAtMostTheWindowOfItemsUnreportedAtOnce() throws Exception {
    AtomicInteger started = new AtomicInteger();
    ItemScheduler scheduler = ItemScheduler.start("test", () -> items(6), ids("i1", "i2", "i3", "i4", "i5", "i6"), 2,
        workers, item -> {
          started.incrementAndGet();
          return CompletableFuture.completedFuture(List.of(passed(item)));
        });

    scheduler.await("i1");
    scheduler.await("i2");
    TimeUnit.MILLISECONDS.sleep(200);
    assertThat(started).hasValue(2);

    scheduler.reported("i1");
    scheduler.await("i3");
    TimeUnit.MILLISECONDS.sleep(200);
    assertThat(started).hasValue(3);
    scheduler.close();
  }

  @Test
  void anItemThatCannotBeEvaluatedFailsOnItsOwnWithItsCause() throws Exception {
    ItemScheduler scheduler = ItemScheduler.start("test", () -> items(2), ids("i1", "i2"), 4, workers,
        item -> item.id().equals("i1")
            ? CompletableFuture.failedFuture(new DatasetException("items.jsonl:1: image of 'i1' is truncated"))
            : CompletableFuture.completedFuture(List.of(passed(item))));

    assertThatThrownBy(() -> scheduler.await("i1"))
        .isInstanceOf(DatasetException.class).hasMessage("items.jsonl:1: image of 'i1' is truncated");
    assertThat(scheduler.await("i2")).hasSize(1);
    scheduler.close();
  }

  @Test
  void aSelectedItemMissingFromTheDatasetOrADatasetThatBreaksFailsTheItemsLeft() throws Exception {
    ItemScheduler missing = ItemScheduler.start("test", () -> items(2), ids("i1", "gone"), 4, workers,
        item -> CompletableFuture.completedFuture(List.of(passed(item))));
    assertThatThrownBy(() -> missing.await("gone"))
        .isInstanceOf(IllegalStateException.class).hasMessage("Item 'gone' was discovered but is no longer in the dataset");
    missing.close();

    ItemScheduler broken = ItemScheduler.start("test", () -> {
      throw new DatasetException("items.jsonl: no such file");
    }, ids("i1"), 4, workers, item -> CompletableFuture.completedFuture(List.of(passed(item))));
    assertThatThrownBy(() -> broken.await("i1")).hasMessage("items.jsonl: no such file");
    broken.close();
  }

  private static Stream<DatasetEntry> items(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(n -> Items.yesNo("i" + n, "Is it red?", "Yes"));
  }

  private static LinkedHashSet<String> ids(String... ids) {
    return new LinkedHashSet<>(List.of(ids));
  }

  private static VariantResult passed(Item item) {
    return new VariantResult(new ItemFacts(item.id(), item.category(), Map.of(), item.answer()), Chain.vanilla(),
        Outcome.PASSED, "", item.question(), "Yes", Score.correct("Yes"), Provenance.NONE, Cost.NONE);
  }
}
