package dev.vlb.reports.html;

import dev.vlb.reports.results.Contamination;
import dev.vlb.reports.stats.WorstItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One image of a worst item as the page shows it, beside the others: the original first, then each
 * other image a failing chain was shown, once however many chains shared it (question strategies keep
 * the item's image).
 *
 * @param image the SHA-256 of the image; empty when the results do not name it
 * @param original whether it is the item's own image, as vanilla showed it
 * @param failedChains the failing chains that were shown this image
 * @param check what the contamination check found for the image; empty when it was not checked
 */
record ItemFigure(String image, boolean original, List<String> failedChains, Optional<Contamination> check) {

  ItemFigure {
    failedChains = List.copyOf(failedChains);
  }

  static List<ItemFigure> of(WorstItem item) {
    String original = item.originalImage();
    List<String> sameAsOriginal = new ArrayList<>();
    Map<String, List<WorstItem.Failure>> others = new LinkedHashMap<>();
    for (WorstItem.Failure failure : item.failures()) {
      if (!original.isEmpty() && failure.image().equals(original)) {
        sameAsOriginal.add(failure.chain());
      } else {
        others.computeIfAbsent(failure.image(), image -> new ArrayList<>()).add(failure);
      }
    }
    List<ItemFigure> figures = new ArrayList<>();
    figures.add(new ItemFigure(original, true, sameAsOriginal, item.originalCheck()));
    // The check is of the image, so every chain shown it has the same one.
    others.forEach((image, failures) -> figures.add(new ItemFigure(image, false,
        failures.stream().map(WorstItem.Failure::chain).toList(), failures.get(0).imageCheck())));
    return List.copyOf(figures);
  }

  /** What the image is, for its caption and alt text. */
  String title() {
    return original ? "original" : "variant";
  }

  /** The nearest corpus image by hash and local features; empty when none was within the search radius. */
  Optional<Contamination.NearDuplicate> nearDuplicate() {
    return check.map(Contamination::nearDuplicate);
  }

  /** The nearest corpus image by embedding; empty when no embedding endpoint was configured. */
  Optional<Contamination.Semantic> semantic() {
    return check.map(Contamination::semantic);
  }

  /** "flagged", "clean" or "check failed" (also the CSS class, hyphenated); empty when the image was not checked. */
  Optional<String> verdict() {
    return check.map(found -> !found.completed() ? "check failed" : found.flagged() ? "flagged" : "clean");
  }
}
