package dev.vlb.engine.bootstrap.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.Strategy;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.StepMaker;
import dev.vlb.engine.bootstrap.image.Box;
import dev.vlb.engine.bootstrap.image.EditedImage;
import dev.vlb.engine.bootstrap.image.ImageEdit;
import dev.vlb.engine.bootstrap.image.Painter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * The image strategies on photographs: V3 outpaints with the painter alone; V1 and V2 ask the planner
 * what to add or remove and where, then have the painter carry it out. Without a planner only V3 is
 * supported. What was planned and what was painted (box, ratio, changed region, painter) are recorded.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlannedEdits implements StepMaker {

  private static final Set<String> PAINTABLE = Set.of("image/png", "image/jpeg");

  private final Optional<Planner> planner;
  private final Painter painter;
  private final ImageEdit.Outpaint outpaint;

  private PlannedEdits(Optional<Planner> planner, Painter painter, ImageEdit.Outpaint outpaint) {
    this.planner = planner;
    this.painter = painter;
    this.outpaint = outpaint;
  }

  /**
   * @param planner plans V1 and V2; without one they are not supported
   * @param outpaintRatio the canvas scale of V3
   */
  public static PlannedEdits create(Optional<Planner> planner, Painter painter, double outpaintRatio) {
    return new PlannedEdits(planner, painter, new ImageEdit.Outpaint(outpaintRatio));
  }

  @Override
  public String name() {
    return planner.map(it -> it.name() + " + ").orElse("") + painter.name();
  }

  @Override
  public boolean supports(Strategy step, Sample input) {
    return step instanceof ImageStrategy image
        && PAINTABLE.contains(input.image().mediaType())
        && (image == ImageStrategy.OUTPAINT || planner.isPresent());
  }

  @Override
  public CompletionStage<Made> make(Strategy step, Sample input, long seed) {
    Image image = input.image();
    return switch ((ImageStrategy) step) {
      case OUTPAINT -> painter.paint(image, outpaint, seed)
          .thenApply(edited -> made(input, edited, Optional.empty(), edit("outpaint", edited).put("ratio", outpaint.ratio())));
      case ADD_OBJECT -> planner.orElseThrow().addition(input, painter.objects(), seed)
          .thenCompose(plan -> painter.paint(image, new ImageEdit.Add(plan.name(), plan.box()), seed)
              .thenApply(edited -> made(input, edited, Optional.of(recorded(plan)), placed("add", plan.name(), plan.box(), edited))));
      case REMOVE_OBJECT -> planner.orElseThrow().removal(input, seed)
          .thenCompose(plan -> painter.paint(image, new ImageEdit.Remove(plan.box()), seed)
              .thenApply(edited -> made(input, edited, Optional.of(recorded(plan)), placed("remove", plan.name(), plan.box(), edited))));
    };
  }

  private static Made made(Sample input, EditedImage edited, Optional<JsonNode> plan, ObjectNode edit) {
    return new Made(input.withImage(edited.image(), input.scene()), plan, Optional.of(edit));
  }

  private ObjectNode placed(String kind, String object, Box box, EditedImage edited) {
    ObjectNode edit = edit(kind, edited).put("object", object);
    edit.set("box", corners(box));
    return edit;
  }

  private ObjectNode edit(String kind, EditedImage edited) {
    ObjectNode edit = JsonNodeFactory.instance.objectNode().put("edit", kind).put("painter", painter.name());
    edit.set("changed", corners(edited.changed()));
    return edit;
  }

  /** What the planner replied, with how many asks it took, as recorded in the results. */
  static JsonNode recorded(Plan plan) {
    ObjectNode recorded = JsonNodeFactory.instance.objectNode().put("asks", plan.asks());
    recorded.set("reply", plan.plan());
    return recorded;
  }

  private static JsonNode corners(Box box) {
    return JsonNodeFactory.instance.arrayNode().add(box.xMin()).add(box.yMin()).add(box.xMax()).add(box.yMax());
  }
}
