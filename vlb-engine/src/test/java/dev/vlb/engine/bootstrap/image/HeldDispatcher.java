package dev.vlb.engine.bootstrap.image;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** A server that holds every request until the test releases them, counting how many it holds at once. */
final class HeldDispatcher extends Dispatcher {

  private final MockResponse answer;
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger held = new AtomicInteger();
  private final AtomicInteger mostHeld = new AtomicInteger();

  HeldDispatcher(MockResponse answer) {
    this.answer = answer;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
    try {
      released.await(20, TimeUnit.SECONDS);
      return answer;
    } finally {
      held.decrementAndGet();
    }
  }

  /** Waits until the server holds this many requests. */
  void awaitHeld(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (held.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  void release() {
    released.countDown();
  }

  int mostHeld() {
    return mostHeld.get();
  }
}
