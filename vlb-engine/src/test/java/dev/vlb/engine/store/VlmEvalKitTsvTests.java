package dev.vlb.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import dev.vlb.engine.dataset.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VlmEvalKitTsvTests {

  private static final String HEADER =
      "index\tquestion\thint\tA\tB\tC\tD\tanswer\tcategory\to_question\tvlb_item\tvlb_chain\tvlb_type\tvlb_key\timage";

  @TempDir
  Path folder;

  @Test
  void anExportedSetReadsBackAsADatasetAskingTheSameQuestionsOnTheSameImageBytes() throws Exception {
    VariantStore store = VariantStore.open(folder.resolve("store"));
    List<VariantKey> keys = new ArrayList<>();
    List<Sample> variants = new ArrayList<>();
    Sample choice = TestVariants.original(1, TestVariants.png(1, 48, 32));
    Sample open = new Sample("mmvet-3", TestVariants.png(2, 40, 30), "", "What is x in the equation?", List.of(), "-1<AND>-5",
        TaskType.OPEN_ENDED, null);
    Generation.Generated added = TestVariants.added(choice, TestVariants.png(3, 48, 32));
    Generation.Generated rephrased = TestVariants.rephrased(choice);
    Generation.Generated vanilla = new Generation.Generated(choice, 0, List.of(), true, List.of());
    Generation.Generated distracted = new Generation.Generated(
        open.withContext("Lime green is a \"playful\" colour.\tIt whispers."), 1, List.of("L4 attempt 1: accepted"), true, List.of());
    put(store, keys, variants, VariantKey.of(choice, "attribute_recognition", TestVariants.V1_L4, TestVariants.fingerprint()), added);
    put(store, keys, variants, VariantKey.of(choice, "attribute_recognition", TestVariants.L2, TestVariants.fingerprint()), rephrased);
    put(store, keys, variants, VariantKey.of(choice, "attribute_recognition", Chain.vanilla(), TestVariants.fingerprint()), vanilla);
    put(store, keys, variants,
        VariantKey.of(open, "ocr,math", Chain.of(QuestionStrategy.IRRELEVANT_CONTEXT), TestVariants.fingerprint()), distracted);
    VariantKey notMade = TestVariants.key(TestVariants.original(5, TestVariants.png(5, 8, 8)), TestVariants.V1_L4);
    store.put(notMade, TestVariants.notGenerated());
    keys.add(notMade);
    store.export(keys, folder.resolve("set.zip"));

    VlmEvalKitTsv.Written written = VlmEvalKitTsv.write(folder.resolve("set.zip"), folder.resolve("out/MMBench_VLB.tsv"));

    assertThat(written).isEqualTo(new VlmEvalKitTsv.Written(folder.resolve("out/MMBench_VLB.tsv"), 4, 1));
    List<Item> items = read(folder.resolve("out/MMBench_VLB.tsv"));
    // rows: item mmbench-1 by chain (L2, V1+L4, vanilla), then mmvet-3
    List<Sample> expected = List.of(variants.get(1), variants.get(0), variants.get(2), variants.get(3));
    List<VariantKey> expectedKeys = List.of(keys.get(1), keys.get(0), keys.get(2), keys.get(3));
    assertThat(items).hasSize(4);
    for (int i = 0; i < 4; i++) {
      Item item = items.get(i);
      Sample variant = expected.get(i);
      assertThat(item.id()).isEqualTo(Integer.toString(i));
      assertThat(item.question()).isEqualTo(variant.question());
      assertThat(item.context()).isEqualTo(variant.context());
      assertThat(item.choices()).isEqualTo(variant.choices());
      assertThat(item.answer()).isEqualTo(variant.answer());
      assertThat(item.type()).isEqualTo(variant.type());
      assertThat(Digests.sha256(item.image().load().bytes())).isEqualTo(Digests.sha256(variant.image().bytes()));
      assertThat(item.attributes()).containsEntry("variant-key", expectedKeys.get(i).hex());
    }
    assertThat(items.get(1).attributes()).isEqualTo(Map.of("o_question", choice.question(), "item", "mmbench-1",
        "variant", "V1+L4", "variant-key", keys.get(0).hex()));
    assertThat(items.get(0).category()).isEqualTo("attribute_recognition");
    assertThat(items.get(3).category()).isEqualTo("ocr,math");

    List<String> lines = Files.readAllLines(folder.resolve("out/MMBench_VLB.tsv"));
    assertThat(lines.get(0)).isEqualTo(HEADER);
    assertThat(lines.get(1)).endsWith("\t" + Base64.getEncoder().encodeToString(choice.image().bytes()));
    assertThat(lines.get(3)).endsWith("\tvanilla\tMULTIPLE_CHOICE\t" + keys.get(2).hex() + "\t0");
    assertThat(lines.get(1)).startsWith("0\tWhich colour does the left mug have?\tThe picture was taken in a kitchen.\tred\tblue\tgreen\twhite\tB\t");
    // VLMEvalKit shows no hint outside multiple choice: the context stands before the question, quoted as pandas quotes
    assertThat(Files.readString(folder.resolve("out/MMBench_VLB.tsv"))).contains("\n3\t\"Lime green is a \"\"playful\"\" colour.\tIt"
        + " whispers.\n\nWhat is x in the equation?\"\t\"Lime green is a \"\"playful\"\" colour.\tIt whispers.\"\t\t\t\t\t-1<AND>-5\tocr,math\t");
  }

  private static void put(VariantStore store, List<VariantKey> keys, List<Sample> variants, VariantKey key,
      Generation.Generated generation) {
    store.put(key, generation);
    keys.add(key);
    variants.add(generation.sample());
  }

  private static List<Item> read(Path tsv) throws Exception {
    DatasetSource source = new DatasetSource(tsv.toString(), 0, 0, 10_000_000, 1.5);
    try (Stream<DatasetEntry> entries = Datasets.load(VlmEvalKitTsvTests.class.getClassLoader()).get("vlmevalkit-tsv").entries(source)) {
      return entries.map(entry -> {
        assertThat(entry).isInstanceOf(Item.class);
        return (Item) entry;
      }).toList();
    }
  }
}
