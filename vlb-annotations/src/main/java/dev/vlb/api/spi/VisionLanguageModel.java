package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * A model that answers a question about an image: the model under test, or a judge, planner or grader
 * model. Implementations reached over HTTP answer asynchronously; a stage completed exceptionally is an
 * infrastructure failure, never a wrong answer.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface VisionLanguageModel extends AutoCloseable {

  /** A name recorded with every result, e.g. {@code qwen2-vl-7b@http://gpu-1:8000}, never a key. */
  String name();

  CompletionStage<ModelReply> ask(ModelQuery query);

  @Override
  default void close() {}
}
