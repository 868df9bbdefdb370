package dev.vlb.reports.markdown;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.stats.ContaminationRow;
import dev.vlb.reports.stats.ContaminationTally;
import dev.vlb.reports.stats.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * The contamination check per chain as a Markdown table, its columns padded so that it also reads as plain
 * text (a console), with its legend under it. Takes rows rather than results, so that the engine can show
 * the same table while it runs.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContaminationTable {

  private ContaminationTable() {}

  /**
   * The table, then a blank line and {@link ContaminationTally#legend}, each line ending in a newline.
   *
   * @param imageText whether to show the image-text columns (the image-text check was on)
   */
  public static String markdown(List<ContaminationRow> rows, boolean imageText) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(imageText
        ? List.of("chain", "checked", "image flagged", "share", "image-text", "share", "errors")
        : List.of("chain", "checked", "image flagged", "share", "errors"));
    rows.forEach(row -> lines.add(cells(row, imageText)));
    int[] widths = IntStream.range(0, lines.get(0).size())
        .map(column -> lines.stream().mapToInt(line -> line.get(column).length()).max().orElseThrow())
        .toArray();
    StringBuilder out = new StringBuilder();
    out.append(line(lines.get(0), widths)).append(alignment(widths));
    lines.subList(1, lines.size()).forEach(line -> out.append(line(line, widths)));
    return out.append('\n').append(ContaminationTally.legend(imageText)).append('\n').toString();
  }

  private static List<String> cells(ContaminationRow row, boolean imageText) {
    List<String> cells = new ArrayList<>(List.of(MarkdownSummary.cell(row.chain()), Figures.count(row.checked()),
        Figures.count(row.flagged()), Figures.percent(row.flaggedShare())));
    if (imageText) {
      cells.add(Figures.count(row.imageTextContaminated()));
      cells.add(Figures.percent(row.imageTextShare()));
    }
    cells.add(Figures.count(row.errors()));
    return cells;
  }

  /** The chain left-aligned, the figures right-aligned. */
  private static String line(List<String> cells, int[] widths) {
    return IntStream.range(0, cells.size())
        .mapToObj(column -> pad(cells.get(column), widths[column], column > 0))
        .collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  private static String alignment(int[] widths) {
    return IntStream.range(0, widths.length)
        .mapToObj(column -> column == 0 ? ":" + "-".repeat(widths[0] - 1) : "-".repeat(widths[column] - 1) + ":")
        .collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  private static String pad(String text, int width, boolean rightAligned) {
    String space = " ".repeat(width - text.length());
    return rightAligned ? space + text : text + space;
  }
}
