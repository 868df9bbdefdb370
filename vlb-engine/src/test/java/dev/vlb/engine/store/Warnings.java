package dev.vlb.engine.store;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The warnings the store logs while open (System.Logger reaches java.util.logging by default). */
final class Warnings implements AutoCloseable {

  private final Logger logger = Logger.getLogger(VariantStore.class.getName());
  private final List<String> messages = new ArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (messages) {
        messages.add(record.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  Warnings() {
    logger.addHandler(handler);
  }

  List<String> messages() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
