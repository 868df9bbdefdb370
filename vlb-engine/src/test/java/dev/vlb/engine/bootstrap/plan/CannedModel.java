package dev.vlb.engine.bootstrap.plan;

import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.VisionLanguageModel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A planner model stand-in: answers each query with the next scripted reply and keeps the queries. */
final class CannedModel implements VisionLanguageModel {

  private final Deque<CompletionStage<ModelReply>> replies = new ArrayDeque<>();
  private final List<ModelQuery> queries = new ArrayList<>();

  static CannedModel replying(String... texts) {
    CannedModel model = new CannedModel();
    Arrays.stream(texts).forEach(model::thenReplying);
    return model;
  }

  CannedModel thenReplying(String text) {
    replies.add(CompletableFuture.completedFuture(ModelReply.of(text, Duration.ofMillis(5))));
    return this;
  }

  CannedModel thenFailing(Throwable failure) {
    replies.add(CompletableFuture.failedFuture(failure));
    return this;
  }

  List<ModelQuery> queries() {
    return queries;
  }

  String prompt(int index) {
    return queries.get(index).prompt();
  }

  @Override
  public String name() {
    return "canned-vlm";
  }

  @Override
  public CompletionStage<ModelReply> ask(ModelQuery query) {
    queries.add(query);
    if (replies.isEmpty()) {
      throw new AssertionError("asked " + queries.size() + " times, more often than scripted");
    }
    return replies.poll();
  }
}
