package dev.vlb.engine.model.reference;

/**
 * The model's fixed context window, shared by prompt text and image patches as in a real LVLM: every
 * prompt word costs one token and the image gets the rest, one token per 16x16 patch. A 320x240 image
 * with a prompt of up to about 160 words (a question with a short description) is seen at full
 * resolution; a longer context leaves fewer patches, so the image is viewed smaller and small
 * objects fade.
 */
final class ContextWindow {

  private static final int TOKENS = 460;
  private static final int MIN_IMAGE_TOKENS = 60;
  private static final int PATCH_PIXELS = 16 * 16;

  private ContextWindow() {}

  /** The linear scale (at most 1) at which an image of this size is viewed next to the prompt. */
  static double imageScale(int width, int height, int promptTokens) {
    int imageTokens = Math.max(MIN_IMAGE_TOKENS, TOKENS - promptTokens);
    double patchesNeeded = (double) width * height / PATCH_PIXELS;
    return Math.min(1.0, Math.sqrt(imageTokens / patchesNeeded));
  }
}
