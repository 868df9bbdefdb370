package dev.vlb.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.reports.ContaminatedRun;
import dev.vlb.reports.SmallRun;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTests {

  private final String page = HtmlReport.render(SmallRun.report());

  @Test
  void aReplyWithMarkupIsShownAsTextNeverRun() {
    assertThat(page)
        .contains("&lt;script&gt;alert('pwned')&lt;/script&gt; 4")
        .doesNotContain("<script>alert(");
  }

  @Test
  void theOnlyScriptsAreChartJsAndTheChartsOfThePage() {
    Matcher scripts = Pattern.compile("<script").matcher(page);
    assertThat(scripts.results().count()).isEqualTo(2);
    assertThat(page).contains("Chart.js v4").doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void theStrategyAloneTableShowsRateDeltaAndInterval() {
    assertThat(rowText("V1 add object"))
        .isEqualTo("V1 add object | harder | 66.7% | -13.3 pp | 35.4–87.9% | 6 / 9 | 1 | 0 | 0");
  }

  @Test
  void runFactsAndUnevaluatedItemsAreListed() {
    assertThat(page).contains("<code>demo-model</code>").contains("<code>oracle</code>")
        .contains("<code>it-11</code>: unreadable image it-11.png")
        .contains("<h2>PairedTests <span class=\"fqcn\">demo.PairedTests</span></h2>");
  }

  @Test
  void theChartDataIsAnEscapedJsonString() {
    // jte escapes for a JavaScript string: quotes, and "-" and "/" so that no "</script" or "<!--" can form.
    assertThat(page).contains("JSON.parse(\"[{\\\"canvas\\\":\\\"suite\\-demo\\-PairedTests\\-levels\\\","
        + "\\\"levels\\\":[\\\"0\\\",\\\"+1\\\",\\\"+2\\\"],\\\"passRate\\\":[80.0,61.1,44.4]");
  }

  @Test
  void aSuiteWhoseImagesWereCheckedHasTheContaminationTableAfterThePassRates(@TempDir Path dir) {
    String checked = HtmlReport.render(ContaminatedRun.report(dir));
    String table = checked.substring(checked.indexOf("Contamination with the training corpus</h3>"),
        checked.indexOf("Items most variants got wrong"));

    assertThat(checked.indexOf("Contamination with the training corpus")).isGreaterThan(checked.indexOf("-pooled\""));
    assertThat(rowText(table, "chain", "th")).isEqualTo("chain | checked | image flagged | share | image-text | share | errors");
    assertThat(rowText(table, "vanilla", "td")).isEqualTo("vanilla | 3 | 2 | 66.7% | 1 | 33.3% | 1");
    assertThat(rowText(table, "V3", "td")).isEqualTo("V3 | 3 | 0 | 0.0% | 0 | 0.0% | 0");
    assertThat(rowText(table, "L1", "td")).isEqualTo("L1 | 4 | 2 | 50.0% | 1 | 25.0% | 0");
    assertThat(table).contains("Errors: checks that could not be completed, counted neither as flagged nor as clean.");
  }

  @Test
  void aWorstItemsImagesNameTheirNearestCorpusImages(@TempDir Path dir) {
    String checked = HtmlReport.render(ContaminatedRun.report(dir));
    int start = checked.indexOf("<code>it-001</code>");
    String item = checked.substring(start, checked.indexOf("</details>", start));

    assertThat(text(item.substring(item.indexOf("<figure class=\"original\">"), item.indexOf("</figure>"))))
        .isEqualTo("image not kept original · failed on vanilla training corpus: flagged nearest copy photos/a.jpg "
            + "similarity 0.981 nearest by embedding photos/a.jpg cosine 0.962");
    assertThat(text(item.substring(item.indexOf("<figure class=\"variant\">"), item.lastIndexOf("</figure>"))))
        .isEqualTo("image not kept variant · failed on V3 training corpus: clean nearest copy photos/a.jpg "
            + "similarity 0.412 nearest by embedding photos/a.jpg cosine 0.871");
  }

  @Test
  void aRunWithoutTheCheckHasNoContaminationSection() {
    assertThat(page).doesNotContain("ontamination").doesNotContain("training corpus");
  }

  /** The cells of the first table row whose label is {@code label}, tags stripped, without the bar cell. */
  private String rowText(String label) {
    return rowText(page, label, "td");
  }

  private static String rowText(String html, String label, String cell) {
    int start = html.indexOf("<" + cell + " class=\"label\">" + label + "</" + cell + ">");
    String row = html.substring(start, html.indexOf("</tr>", start));
    return Pattern.compile("<td class=\"bar\">.*?</td>", Pattern.DOTALL).matcher(row).replaceAll("")
        .replaceAll("\\s*</t[dh]>\\s*", " | ").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim()
        .replaceAll(" \\|$", "");
  }

  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
  }
}
