package dev.vlb.reports.html;

import dev.vlb.reports.stats.WorstItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One image of a worst item as the page shows it, beside the others: the original first, then each
 * other image a failing chain was shown, once however many chains shared it (question strategies keep
 * the item's image).
 *
 * @param image the SHA-256 of the image; empty when the results do not name it
 * @param original whether it is the item's own image, as vanilla showed it
 * @param failedChains the failing chains that were shown this image
 */
record ItemFigure(String image, boolean original, List<String> failedChains) {

  ItemFigure {
    failedChains = List.copyOf(failedChains);
  }

  static List<ItemFigure> of(WorstItem item) {
    String original = item.originalImage();
    List<String> sameAsOriginal = new ArrayList<>();
    Map<String, List<String>> others = new LinkedHashMap<>();
    for (WorstItem.Failure failure : item.failures()) {
      if (!original.isEmpty() && failure.image().equals(original)) {
        sameAsOriginal.add(failure.chain());
      } else {
        others.computeIfAbsent(failure.image(), image -> new ArrayList<>()).add(failure.chain());
      }
    }
    List<ItemFigure> figures = new ArrayList<>();
    figures.add(new ItemFigure(original, true, sameAsOriginal));
    others.forEach((image, chains) -> figures.add(new ItemFigure(image, false, chains)));
    return List.copyOf(figures);
  }

  /** What the image is, for its caption and alt text. */
  String title() {
    return original ? "original" : "variant";
  }
}
