package dev.vlb.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.reports.SmallRun;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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

  /** The cells of the first table row whose label is {@code label}, tags stripped, without the bar cell. */
  private String rowText(String label) {
    int start = page.indexOf("<td class=\"label\">" + label + "</td>");
    String row = page.substring(start, page.indexOf("</tr>", start));
    return Pattern.compile("<td class=\"bar\">.*?</td>", Pattern.DOTALL).matcher(row).replaceAll("")
        .replaceAll("\\s*</td>\\s*", " | ").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim()
        .replaceAll(" \\|$", "");
  }
}
