package dev.vlb.engine.bootstrap.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.image.Box;
import dev.vlb.engine.bootstrap.plan.Reading.Entries;
import dev.vlb.engine.bootstrap.plan.Reading.Unusable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads V1 and V2 plans: objects with boxes, as the paper's bare list ({@code [{"name": ..., "box":
 * [...]}]}) or as our object that adds the regions the answer depends on ({@code {"keep": [[...]],
 * "objects": [...]}}). An object is usable when its name is one the editor can draw (if a list was
 * given), its box is a non-empty box inside the image, and it covers at most {@link #MAX_COVER} of each
 * kept region. Unusable objects are dropped; the plan is usable while one object is.
 *
 * <p>The overlap allowance exists because planners draw boxes a few pixels off: an added object that
 * touches the edge of the answer's region hides nothing, one over a tenth of it may hide what counts.
 */
final class ObjectPlans {

  /** The share of a kept region's area an object's box may cover. */
  static final double MAX_COVER = 0.10;

  /** One object of a plan, as usable. */
  record Planned(String name, Box box) {}

  private final int width;
  private final int height;
  private final List<String> candidates;
  private final List<String> nameFields;

  private ObjectPlans(Sample sample, List<String> candidates, List<String> nameFields) {
    this.width = sample.image().width();
    this.height = sample.image().height();
    this.candidates = List.copyOf(candidates);
    this.nameFields = nameFields;
  }

  /** V1: objects to add; only the candidates when there are any. */
  static ObjectPlans addition(Sample sample, List<String> candidates) {
    return new ObjectPlans(sample, candidates, List.of("name", "object_name"));
  }

  /** V2: objects to remove, any. */
  static ObjectPlans removal(Sample sample) {
    return new ObjectPlans(sample, List.of(), List.of("object_name", "name"));
  }

  Reading<Planned> read(String reply) {
    for (JsonNode value : ReplyJson.values(reply)) {
      Optional<JsonNode> objects = objects(value);
      if (objects.isPresent()) {
        return read(value, objects.get(), value.path("keep"));
      }
    }
    return Reading.unusable("the reply holds no JSON object with a list of \"objects\", nor a JSON list of objects");
  }

  /** The list of objects in a plan of an accepted shape, a lone object as a list of one. */
  private Optional<JsonNode> objects(JsonNode value) {
    if (value.isArray() && (value.isEmpty() || value.get(0).isObject())) {
      return Optional.of(value);
    }
    if (value.isObject() && value.path("objects").isArray()) {
      return Optional.of(value.get("objects"));
    }
    if (value.isObject() && value.has("box")) {
      return Optional.of(JsonNodeFactory.instance.arrayNode().add(value));
    }
    return Optional.empty();
  }

  private Reading<Planned> read(JsonNode plan, JsonNode objects, JsonNode keep) {
    List<Box> kept;
    try {
      kept = kept(keep);
    } catch (Unusable e) {
      return Reading.unusable(e.getMessage());
    }
    Entries<Planned> entries = new Entries<>();
    for (int i = 0; i < objects.size(); i++) {
      try {
        entries.use(planned(objects.get(i), kept));
      } catch (Unusable e) {
        entries.reject(i, e.getMessage());
      }
    }
    return entries.reading(plan, "object");
  }

  /** The kept regions: none when the plan gives none, one when it gives a lone box. */
  private List<Box> kept(JsonNode keep) {
    if (keep.isMissingNode() || keep.isNull()) {
      return List.of();
    }
    if (!keep.isArray()) {
      throw new Unusable("\"keep\" must be a list of boxes, was " + Reading.quote(keep.toString()));
    }
    if (keep.size() == 4 && keep.get(0).isNumber()) {
      return List.of(box(keep, "the \"keep\" region"));
    }
    List<Box> boxes = new ArrayList<>();
    for (int i = 0; i < keep.size(); i++) {
      boxes.add(box(keep.get(i), "\"keep\" region #" + (i + 1)));
    }
    return boxes;
  }

  private Planned planned(JsonNode entry, List<Box> kept) {
    if (!entry.isObject()) {
      throw new Unusable("is not an object with a name and a box: " + Reading.quote(entry.toString()));
    }
    String name = name(entry);
    Box box = box(entry.has("box") ? entry.get("box") : entry.path("bbox"), Reading.quote(name));
    for (Box region : kept) {
      double covered = covered(region, box);
      if (covered > MAX_COVER) {
        throw new Unusable(Reading.quote(name) + " at " + box + " covers " + Math.round(covered * 100)
            + "% of the region the answer depends on, " + region);
      }
    }
    return new Planned(name, box);
  }

  /** The object's name, spelled as the candidate it names when there are candidates. */
  private String name(JsonNode entry) {
    String name = nameFields.stream()
        .map(entry::path)
        .filter(JsonNode::isTextual)
        .map(node -> node.asText().strip())
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElseThrow(() -> new Unusable("has no \"" + nameFields.get(0) + "\": " + Reading.quote(entry.toString())));
    if (candidates.isEmpty()) {
      return name;
    }
    return candidates.stream()
        .filter(candidate -> candidate.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new Unusable(Reading.quote(name) + " is not one of the objects that can be added: "
            + String.join(", ", candidates)));
  }

  /** A box of four pixel coordinates inside the image; fractions are rounded. */
  private Box box(JsonNode node, String whose) {
    if (!node.isArray() || node.size() != 4) {
      throw new Unusable(whose + " has no box of four numbers " + "[x_min, y_min, x_max, y_max]: "
          + Reading.quote(node.isMissingNode() ? "no \"box\"" : node.toString()));
    }
    int[] corners = new int[4];
    for (int i = 0; i < 4; i++) {
      JsonNode corner = node.get(i);
      if (!corner.isNumber() && !(corner.isTextual() && corner.asText().strip().matches("-?\\d+(\\.\\d+)?"))) {
        throw new Unusable(whose + " has a box that is not four numbers: " + Reading.quote(node.toString()));
      }
      corners[i] = (int) Math.round(corner.asDouble());
    }
    try {
      return new Box(corners[0], corners[1], corners[2], corners[3]).requireInside(width, height);
    } catch (IllegalArgumentException e) {
      throw new Unusable(whose + ": " + e.getMessage());
    }
  }

  /** The share of the region's area that the box covers. */
  private static double covered(Box region, Box box) {
    long overlapWidth = Math.min(region.xMax(), box.xMax()) - Math.max(region.xMin(), box.xMin());
    long overlapHeight = Math.min(region.yMax(), box.yMax()) - Math.max(region.yMin(), box.yMin());
    if (overlapWidth <= 0 || overlapHeight <= 0) {
      return 0;
    }
    return (double) (overlapWidth * overlapHeight) / ((long) region.width() * region.height());
  }
}
