package dev.vlb.engine.suite;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.BootstrapWith;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.QuestionRewriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The editors, rewriters and judge a suite brings with {@code @BootstrapWith}; empty when it has none.
 * Each class is checked at discovery to be creatable with its public no-argument constructor.
 *
 * @param judge replaces the dataset's judge when present
 */
@API(status = INTERNAL, since = "0.1")
public record BootstrapComponents(
    List<Class<? extends ImageEditor>> editors,
    List<Class<? extends QuestionRewriter>> rewriters,
    Optional<Class<? extends Judge>> judge) {

  public static final BootstrapComponents NONE = new BootstrapComponents(List.of(), List.of(), Optional.empty());

  public BootstrapComponents {
    editors = List.copyOf(editors);
    rewriters = List.copyOf(rewriters);
  }

  static BootstrapComponents of(Class<?> suiteClass) {
    BootstrapWith annotation = suiteClass.getAnnotation(BootstrapWith.class);
    if (annotation == null) {
      return NONE;
    }
    String where = "@BootstrapWith on " + suiteClass.getName() + ": ";
    return new BootstrapComponents(
        Arrays.stream(annotation.editors()).<Class<? extends ImageEditor>>map(type -> checked(type, where + "editor")).toList(),
        Arrays.stream(annotation.rewriters())
            .<Class<? extends QuestionRewriter>>map(type -> checked(type, where + "rewriter")).toList(),
        annotation.judge() == Judge.class ? Optional.empty() : Optional.of(checked(annotation.judge(), where + "judge")));
  }

  private static <T> Class<T> checked(Class<T> type, String role) {
    return Instantiable.check(type, role + " " + type.getName());
  }
}
