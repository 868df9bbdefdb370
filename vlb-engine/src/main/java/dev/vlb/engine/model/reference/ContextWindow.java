package dev.vlb.engine.model.reference;

/**
 * How much of the model's attention the image gets next to the prompt text, as in a real LVLM where
 * image patches and words compete in one attention budget. An image gets at most {@value #IMAGE_TOKENS}
 * patches of 16x16 pixels (a 320x240 image fits exactly); every word beyond a plain question with its
 * options and instruction draws attention away from the patches, so the image is viewed smaller and
 * small objects fade a little with every further sentence.
 */
final class ContextWindow {

  private static final double IMAGE_TOKENS = 300;
  /** Words a bare question with four options and an answer instruction takes. */
  private static final int QUESTION_TOKENS = 25;
  /** A word draws this many patches' worth of attention: text tokens weigh more than image patches. */
  private static final double TEXT_WEIGHT = 2;
  /** The image never gets less than this share of its full view. */
  private static final double MIN_SHARE = 0.2;
  private static final int PATCH_PIXELS = 16 * 16;

  private ContextWindow() {}

  /** The linear scale (at most 1) at which an image of this size is viewed next to the prompt. */
  static double imageScale(int width, int height, int promptTokens) {
    double patches = (double) width * height / PATCH_PIXELS;
    double fit = Math.min(1.0, IMAGE_TOKENS / patches);
    double extraWords = Math.max(0, promptTokens - QUESTION_TOKENS);
    double attention = IMAGE_TOKENS / (IMAGE_TOKENS + TEXT_WEIGHT * extraWords);
    return Math.sqrt(Math.max(MIN_SHARE, fit * attention));
  }
}
