package dev.vlb.engine.suite;

import dev.vlb.engine.configuration.InvalidConfigurationException;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Checks that the engine can create a class a suite names with its public no-argument constructor,
 * so that a class it cannot create is reported at discovery, not when the suite runs.
 */
final class Instantiable {

  private Instantiable() {}

  /**
   * @param where what names the class, e.g. {@code @Benchmark(model = com.acme.MyModel.class)}
   * @throws InvalidConfigurationException naming {@code where} and the reason
   */
  static <T> Class<T> check(Class<T> type, String where) {
    String problem = Modifier.isAbstract(type.getModifiers()) ? "it is abstract"
        : !Modifier.isPublic(type.getModifiers()) ? "it is not public"
        : type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()) ? "it is an inner class"
        : Arrays.stream(type.getConstructors()).noneMatch(constructor -> constructor.getParameterCount() == 0)
            ? "it has no public no-argument constructor"
            : null;
    if (problem != null) {
      throw new InvalidConfigurationException(where + " cannot be instantiated: " + problem);
    }
    return type;
  }
}
