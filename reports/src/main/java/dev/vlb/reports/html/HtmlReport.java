package dev.vlb.reports.html;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.RunFacts;
import dev.vlb.reports.stats.RunReport;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A self-contained HTML page of a run: run facts, per suite the strategy tables with 95% Wilson
 * intervals, a chart of accuracy by level, and the items most variants got wrong with the original
 * image beside each image a failing chain was shown. Chart.js and the images are inlined, so the page
 * works from file:// with no network. Every value from the results (model replies
 * included) is escaped by the template engine.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlReport {

  // The templates are generated into Java sources at build time, in this package (see the pom).
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, HtmlReport.class.getPackageName());

  private HtmlReport() {}

  /** The page without images: each worst item shows "image not kept". */
  public static String render(RunReport run) {
    return render(run, KeptImages.none());
  }

  /** The page with the worst items' images that {@code images} holds, embedded. */
  public static String render(RunReport run, KeptImages images) {
    return render(run, images, List.of());
  }

  /** The page with images and what the engine wrote of the runs beside their results ({@code run.json}). */
  public static String render(RunReport run, KeptImages images, List<RunFacts> facts) {
    StringOutput output = new StringOutput();
    TEMPLATES.render("index.jte", ReportPage.of(run, images, facts), output);
    return output.toString();
  }

  public static void write(RunReport run, KeptImages images, List<RunFacts> facts, Path file) {
    try {
      Files.writeString(file, render(run, images, facts), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
