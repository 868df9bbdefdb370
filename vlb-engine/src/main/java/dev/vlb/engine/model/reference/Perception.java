package dev.vlb.engine.model.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns pixels into perceived objects: one object per colour region large enough to notice. The
 * context prior moves the threshold, as attention does: colours the context mentions are noticed
 * when smaller, and a stated object count makes the model look harder (or discard specks) until the
 * count fits.
 */
final class Perception {

  /** Regions smaller than this many viewed pixels go unnoticed. */
  static final int MIN_AREA = 70;
  /** Up to this many conspicuous regions do not compete for attention. */
  private static final int UNCROWDED = 3;
  /** Each further conspicuous region raises the noticing threshold by this fraction of it. */
  private static final double CROWDING_STEP = 0.12;
  /** A colour the context mentions is noticed at this fraction of {@link #MIN_AREA}. */
  private static final double PRIMED_FRACTION = 0.4;
  /** A region where the context places an object of its colour is noticed at this fraction of the threshold. */
  private static final double HINTED_FRACTION = 0.4;
  /** ... and at this fraction when the context says that object is small, partly hidden or cut off. */
  private static final double FAINT_FRACTION = 0.2;
  /** Smaller regions are edge noise even when a stated count asks for more objects. */
  private static final int SPECK_AREA = 8;
  private static final double REFERENCE_CANVAS = 320.0 * 240.0;

  private Perception() {}

  static PerceivedScene perceive(Raster image, double scale, ContextPrior prior) {
    Raster view = image.scaled(scale);
    double toReference = Math.sqrt(REFERENCE_CANVAS / ((double) image.width() * image.height())) / scale;
    List<Blob> blobs = new ArrayList<>(BlobFinder.find(view));
    blobs.sort(Comparator.comparingInt(Blob::area).reversed().thenComparingDouble(Blob::centreX));
    Places places = new Places(prior.hints(), view.width(), view.height());
    List<Blob> noticed = noticed(blobs, prior, places);
    List<Percept> objects = new ArrayList<>();
    for (Blob blob : noticed) {
      double radius = blob.circumradius() * toReference;
      ShapeKind shape = shape(blob, noticed, prior, places);
      objects.add(new Percept(blob.colour(), shape, SizeClass.ofRadius(radius), blob.centreX() / scale,
          blob.centreY() / scale, radius, blob.area(), places.grounds(blob, shape)));
    }
    return new PerceivedScene(objects);
  }

  /**
   * How much larger than {@link #MIN_AREA} a region must be to be noticed among the others: every
   * conspicuous region beyond the first few competes for attention, so clutter hides small objects.
   */
  private static double crowding(List<Blob> blobs) {
    long conspicuous = blobs.stream().filter(blob -> blob.area() >= MIN_AREA).count();
    return 1 + CROWDING_STEP * Math.max(0, conspicuous - UNCROWDED);
  }

  /**
   * The shape the context names for the blob: the one it places there when the blob is the only
   * candidate in that place, else the one it names for the blob's colour when it is the only blob of
   * that colour, else what the outline looks like.
   */
  private static ShapeKind shape(Blob blob, List<Blob> noticed, ContextPrior prior, Places places) {
    Optional<ShapeKind> placed = places.placed(blob, noticed);
    if (placed.isPresent()) {
      return placed.get();
    }
    ShapeKind named = prior.named().get(blob.colour());
    boolean alone = noticed.stream().filter(other -> other.colour() == blob.colour()).count() == 1;
    return named != null && alone ? named : ShapeClassifier.classify(blob);
  }

  /** The fraction of the noticing threshold a blob must reach, lower where the context points. */
  private static double attention(Blob blob, Set<PaletteColour> primed, Places places) {
    double fraction = primed.contains(blob.colour()) ? PRIMED_FRACTION : 1;
    for (Hint hint : places.covering(blob)) {
      fraction = Math.min(fraction, hint.faint() ? FAINT_FRACTION : HINTED_FRACTION);
    }
    return fraction;
  }

  /** The context's stated places, applied to blobs found in a view of the given size. */
  private record Places(List<Hint> hints, int width, int height) {

    List<Hint> covering(Blob blob) {
      return hints.stream().filter(h -> h.covers(blob.colour(), blob.centreX() / width, blob.centreY() / height))
          .toList();
    }

    /** Whether the blob, seen as this shape, lies where the context places an object of its kind. */
    boolean grounds(Blob blob, ShapeKind shape) {
      return covering(blob).stream().anyMatch(h -> h.referent().shape() == null || h.referent().shape() == shape);
    }

    /** The shape a hint for one object names, when this blob is the only noticed candidate in its place. */
    Optional<ShapeKind> placed(Blob blob, List<Blob> noticed) {
      return covering(blob).stream()
          .filter(h -> h.single() && h.referent().shape() != null)
          .filter(h -> noticed.stream().filter(other -> covering(other).contains(h)).count() == 1)
          .map(h -> h.referent().shape())
          .findFirst();
    }
  }

  /** @param blobs largest first */
  private static List<Blob> noticed(List<Blob> blobs, ContextPrior prior, Places places) {
    Set<PaletteColour> primed = prior.primedColours();
    double threshold = MIN_AREA * crowding(blobs);
    List<Blob> noticed = new ArrayList<>(blobs.stream()
        .filter(blob -> blob.area() >= threshold * attention(blob, primed, places))
        .toList());
    if (prior.objectCount().isPresent()) {
      int expected = prior.objectCount().getAsInt();
      blobs.stream()
          .filter(blob -> blob.area() >= SPECK_AREA && !noticed.contains(blob))
          .limit(Math.max(0, expected - noticed.size()))
          .forEach(noticed::add);
      while (noticed.size() > Math.max(1, expected)) {
        noticed.remove(noticed.size() - 1);
      }
    }
    return noticed;
  }
}
