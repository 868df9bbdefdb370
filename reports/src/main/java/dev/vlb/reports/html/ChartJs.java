package dev.vlb.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Chart.js, read from its WebJar on the class path to be inlined into the page: a report opened from
 * file://, an e-mail or a CI artifact has no network.
 */
final class ChartJs {

  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
  private static final String SCRIPT = "META-INF/resources/webjars/chart.js/%s/dist/chart.umd.min.js";

  private ChartJs() {}

  static String source() {
    String script = String.format(SCRIPT, version());
    try (InputStream in = open(script)) {
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Inlined raw into a <script> element, which would end at the first "</script".
      if (source.contains("</script")) {
        throw new IllegalStateException(script + " cannot be inlined: it contains </script");
      }
      return source;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + script, e);
    }
  }

  private static String version() {
    try (InputStream in = open(WEBJAR)) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + WEBJAR, e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = ChartJs.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the class path (org.webjars.npm:chart.js)");
    }
    return in;
  }
}
