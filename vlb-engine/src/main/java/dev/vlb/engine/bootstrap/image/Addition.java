package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.photo.Photo;

/**
 * V1 without a generative model: the cut-out is scaled to the box and Poisson-blended into the
 * photograph ({@code seamlessClone}, normal clone) over its alpha, grown by a thin ring. Normal cloning
 * keeps the gradients of the source and takes absolute colour from the mask's border; were the mask the
 * object's outline alone, a flat-coloured object would take the colour of what lies behind it and turn
 * into a ghost. So the object is laid over the box's mean colour and the ring carries its outline: the
 * object keeps its contrast, its light follows the photograph's, and the ring fades into it. Nothing
 * outside the box grown by the ring changes.
 */
final class Addition {

  /** The width of the ring around the object that blends into the photograph. */
  static final int RING = 4;

  private Addition() {}

  /**
   * @param cutOut the object as a PNG with an alpha channel; transparent pixels keep the photograph
   */
  static EditedImage apply(Image image, ImageEdit.Add add, Image cutOut) {
    try (Mats mats = new Mats()) {
      Mat pixels = mats.decode(image, false);
      Box box = add.box().requireInside(pixels.cols(), pixels.rows());
      Box reach = box.grown(RING, pixels.cols(), pixels.rows());
      List<Mat> layers = layers(add.name(), cutOut, box, mats);
      Mat source = mats.own(pixels.clone());
      mats.region(source, reach).setTo(Core.mean(mats.region(pixels, box)));
      Mat object = mats.mat();
      Core.merge(layers.subList(0, 3), object);
      laidOver(mats.region(source, box), object, layers.get(3), mats);
      Mat mask = ringed(layers.get(3), box, reach, pixels, mats);
      Rect covered = Imgproc.boundingRect(mask);
      if (covered.width < 3 || covered.height < 3) {
        throw new IllegalArgumentException(box + " is too small for the cut-out of '" + add.name() + "'");
      }
      // seamlessClone centres the mask's bounding rectangle on this point: the object stays where it is.
      Point centre = new Point(covered.x + covered.width / 2, covered.y + covered.height / 2);
      Mat blended = mats.mat();
      Photo.seamlessClone(source, pixels, mask, centre, blended, Photo.NORMAL_CLONE);
      return new EditedImage(mats.png(blended), reach);
    }
  }

  /** The cut-out scaled to the box, as its blue, green, red and alpha planes. */
  private static List<Mat> layers(String name, Image cutOut, Box box, Mats mats) {
    Mat object = mats.decode(cutOut, true);
    if (object.channels() != 4) {
      throw new IllegalArgumentException("The cut-out of '" + name + "' has no alpha channel ("
          + object.channels() + " channels): without one the whole rectangle would be pasted");
    }
    Mat scaled = mats.mat();
    Imgproc.resize(object, scaled, new Size(box.width(), box.height()), 0, 0, Imgproc.INTER_AREA);
    List<Mat> layers = new ArrayList<>();
    Core.split(scaled, layers);
    layers.forEach(mats::own);
    return layers;
  }

  /**
   * Lays the object over the region by its alpha, so its soft edges mix with what is beneath; a remote
   * painter's answer is laid over the photograph the same way.
   *
   * @param region BGR, changed in place
   * @param object BGR of the region's size
   * @param alpha one 8-bit channel of the region's size: 255 takes the object, 0 keeps the region
   */
  static void laidOver(Mat region, Mat object, Mat alpha, Mats mats) {
    Mat over = mats.mat();
    object.convertTo(over, CvType.CV_32FC3);
    Mat weight = mats.mat();
    Imgproc.cvtColor(alpha, weight, Imgproc.COLOR_GRAY2BGR);
    weight.convertTo(weight, CvType.CV_32FC3, 1.0 / 255);
    Mat beneath = mats.mat();
    region.convertTo(beneath, CvType.CV_32FC3);
    Core.subtract(over, beneath, over);
    Core.multiply(over, weight, over);
    Core.add(beneath, over, over);
    over.convertTo(region, CvType.CV_8UC3);
  }

  /** The whole image's mask: wherever the object is not fully transparent, grown by the ring. */
  private static Mat ringed(Mat alpha, Box box, Box reach, Mat pixels, Mats mats) {
    Mat mask = mats.own(Mat.zeros(pixels.size(), CvType.CV_8UC1));
    Imgproc.threshold(alpha, mats.region(mask, box), 0, 255, Imgproc.THRESH_BINARY);
    Mat kernel = mats.own(Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(2 * RING + 1, 2 * RING + 1)));
    Mat reached = mats.region(mask, reach);
    Imgproc.dilate(reached, reached, kernel);
    return mask;
  }
}
