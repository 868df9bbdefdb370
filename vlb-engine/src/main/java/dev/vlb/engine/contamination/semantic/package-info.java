/**
 * Semantic contamination: whether a benchmark image is, by meaning, an image the model may have seen in
 * pre-training. As in the VLB paper, images are compared by the cosine similarity of their CLIP (or
 * SigLIP) image embeddings, and a pair at or above {@link dev.vlb.engine.contamination.semantic.SemanticMatch#DEFAULT_THRESHOLD}
 * is flagged.
 *
 * <ul>
 *   <li>{@link dev.vlb.engine.contamination.semantic.EmbeddingClient} embeds an image through an
 *       OpenAI-compatible {@code POST {url}/embeddings} endpoint, such as {@code vllm serve
 *       openai/clip-vit-large-patch14 --runner pooling};
 *   <li>{@link dev.vlb.engine.contamination.semantic.EmbeddingIndex} holds the corpus' embeddings, is
 *       built once, stored in a file and read back by later runs, and finds the nearest corpus images by
 *       exact search;
 *   <li>{@link dev.vlb.engine.contamination.semantic.SemanticCheck} embeds a benchmark image and
 *       reports its nearest corpus image as a {@link dev.vlb.engine.contamination.semantic.SemanticMatch};
 *   <li>{@link dev.vlb.engine.contamination.semantic.ImageTextCheck} asks an LVLM whether a flagged
 *       corpus image, with its caption, answers the benchmark question.
 * </ul>
 *
 * <p>An endpoint that fails is an infrastructure error ({@link
 * dev.vlb.engine.contamination.semantic.EmbeddingCallException}), never a "not contaminated" result.
 */
package dev.vlb.engine.contamination.semantic;
