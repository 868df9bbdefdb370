package dev.vlb.engine.model.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
  /** Smaller regions are edge noise even when a stated count asks for more objects. */
  private static final int SPECK_AREA = 8;
  private static final double REFERENCE_CANVAS = 320.0 * 240.0;

  private Perception() {}

  static PerceivedScene perceive(Raster image, double scale, ContextPrior prior) {
    Raster view = image.scaled(scale);
    double toReference = Math.sqrt(REFERENCE_CANVAS / ((double) image.width() * image.height())) / scale;
    List<Blob> blobs = new ArrayList<>(BlobFinder.find(view));
    blobs.sort(Comparator.comparingInt(Blob::area).reversed().thenComparingDouble(Blob::centreX));
    List<Blob> noticed = noticed(blobs, prior);
    List<Percept> objects = new ArrayList<>();
    for (Blob blob : noticed) {
      double radius = blob.circumradius() * toReference;
      objects.add(new Percept(blob.colour(), shape(blob, noticed, prior), SizeClass.ofRadius(radius),
          blob.centreX() / scale, blob.centreY() / scale, radius, blob.area()));
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

  /** The shape the context names for the blob's colour when it is the only blob of that colour. */
  private static ShapeKind shape(Blob blob, List<Blob> noticed, ContextPrior prior) {
    ShapeKind named = prior.named().get(blob.colour());
    boolean alone = noticed.stream().filter(other -> other.colour() == blob.colour()).count() == 1;
    return named != null && alone ? named : ShapeClassifier.classify(blob);
  }

  /** @param blobs largest first */
  private static List<Blob> noticed(List<Blob> blobs, ContextPrior prior) {
    Set<PaletteColour> primed = prior.primedColours();
    double threshold = MIN_AREA * crowding(blobs);
    List<Blob> noticed = new ArrayList<>(blobs.stream()
        .filter(blob -> blob.area() >= (primed.contains(blob.colour()) ? threshold * PRIMED_FRACTION : threshold))
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
