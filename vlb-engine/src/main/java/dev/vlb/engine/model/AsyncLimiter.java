package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayDeque;
import java.util.Queue;
import org.apiguardian.api.API;

/**
 * Bounds the requests in flight to one endpoint without blocking a thread per waiting request: a task
 * beyond the bound is queued and started by the {@link #release} of the task before it. The model
 * clients and the remote image painters bound their requests with it.
 */
@API(status = INTERNAL, since = "0.1")
public final class AsyncLimiter {

  /**
   * Tasks handed over while this thread already runs one. A task may release synchronously (its
   * endpoint is down), and running the next one inside it would nest as deep as the queue is long.
   */
  private static final ThreadLocal<Queue<Runnable>> HANDED_OVER = new ThreadLocal<>();

  private final int permits;
  private final Queue<Runnable> waiting = new ArrayDeque<>();
  private int inUse;

  public AsyncLimiter(int permits) {
    this.permits = permits;
  }

  /** Runs the task now if a permit is free, else when one is released; the task must release it. */
  public void run(Runnable task) {
    synchronized (this) {
      if (inUse >= permits) {
        waiting.add(task);
        return;
      }
      inUse++;
    }
    runUnnested(task);
  }

  /** Hands the permit to the next waiting task, running it on this thread, or frees it. */
  public void release() {
    Runnable next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        inUse--;
        return;
      }
    }
    runUnnested(next);
  }

  private static void runUnnested(Runnable task) {
    Queue<Runnable> handedOver = HANDED_OVER.get();
    if (handedOver != null) {
      handedOver.add(task);
      return;
    }
    handedOver = new ArrayDeque<>();
    HANDED_OVER.set(handedOver);
    try {
      for (Runnable next = task; next != null; next = handedOver.poll()) {
        next.run();
      }
    } finally {
      HANDED_OVER.remove();
    }
  }
}
