package dev.vlb.engine.allure;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The only class that touches Allure's API; loaded only when Allure is on the class path. A shared image
 * is written once per lifecycle (that is, per results directory) under its digest; every variant shown
 * it refers to that file.
 */
final class AllureLifecycleSink implements AllureReporter.Sink {

  private static final String SUFFIX = "-attachment.";

  /** The images written through one lifecycle; a new lifecycle (a test's own) starts with none. */
  private record Written(AllureLifecycle lifecycle, Set<String> sources) {}

  private final AtomicReference<Written> written = new AtomicReference<>();

  @Override
  public void publish(AllureEntries entries) {
    AllureLifecycle lifecycle = Allure.getLifecycle();
    if (lifecycle.getCurrentTestCase().isEmpty()) {
      return;
    }
    Set<String> sources = written.updateAndGet(
        known -> known != null && known.lifecycle() == lifecycle
            ? known
            : new Written(lifecycle, ConcurrentHashMap.newKeySet())).sources();
    lifecycle.updateTestCase(test -> {
      entries.labels().forEach((name, value) -> test.getLabels().add(new Label().setName(name).setValue(value)));
      entries.parameters().forEach((name, value) ->
          test.getParameters().add(new Parameter().setName(name).setValue(value)));
    });
    for (AllureEntries.Attachment attachment : entries.attachments()) {
      if (attachment.isShared()) {
        attachShared(lifecycle, sources, attachment);
      } else {
        lifecycle.addAttachment(attachment.name(), attachment.type(), attachment.extension(), attachment.content().get());
      }
    }
  }

  private static void attachShared(AllureLifecycle lifecycle, Set<String> sources, AllureEntries.Attachment attachment) {
    String source = attachment.sharedKey() + SUFFIX + attachment.extension();
    if (sources.add(source)) {
      lifecycle.writeAttachment(source, new ByteArrayInputStream(attachment.content().get()));
    }
    lifecycle.updateTestCase(test -> test.getAttachments()
        .add(new Attachment().setName(attachment.name()).setType(attachment.type()).setSource(source)));
  }
}
