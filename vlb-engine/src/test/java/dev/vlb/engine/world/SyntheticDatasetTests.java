package dev.vlb.engine.world;

import static dev.vlb.engine.world.WorldSamples.answerText;
import static dev.vlb.engine.world.WorldSamples.items;
import static dev.vlb.engine.world.WorldSamples.source;
import static dev.vlb.engine.world.WorldSamples.world;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.Origin;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.dataset.Datasets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticDatasetTests {

  @Test
  void isFoundByItsIdThroughTheServiceLoader() throws DatasetException {
    assertThat(Datasets.load(getClass().getClassLoader()).get("synthetic")).isInstanceOf(SyntheticDataset.class);
  }

  @Test
  void itemsHaveStableIdsOriginsAndTheDefaultCountOf100() {
    List<Item> items = items(7, 0);

    assertThat(items).hasSize(100);
    assertThat(items.get(0).id()).isEqualTo("syn-0001");
    assertThat(items.get(99).id()).isEqualTo("syn-0100");
    assertThat(items.get(41).origin()).isEqualTo(Origin.of("synthetic(seed=7)", 42));
    int objects = ((WorldScene) items.get(0).scene()).scene().size();
    assertThat(items.get(0).attributes()).containsEntry("objects", Integer.toString(objects));
    assertThat(items(7, 3)).extracting(Item::id).containsExactly("syn-0001", "syn-0002", "syn-0003");
  }

  @Test
  void theSameSeedGivesIdenticalImagesAndQuestions() {
    List<Sample> first = WorldSamples.generated(5, 12);
    List<Sample> second = WorldSamples.generated(5, 12);

    assertThat(second).extracting(Sample::question).isEqualTo(first.stream().map(Sample::question).toList());
    assertThat(second).extracting(Sample::choices).isEqualTo(first.stream().map(Sample::choices).toList());
    assertThat(second).extracting(Sample::answer).isEqualTo(first.stream().map(Sample::answer).toList());
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).image().bytes()).isEqualTo(first.get(i).image().bytes());
    }
  }

  @Test
  void anotherSeedGivesOtherImagesAndQuestions() {
    List<Sample> five = WorldSamples.generated(5, 12);
    List<Sample> six = WorldSamples.generated(6, 12);

    assertThat(six).extracting(Sample::image).doesNotContainAnyElementsOf(five.stream().map(Sample::image).toList());
    assertThat(six.stream().map(Sample::question).toList()).isNotEqualTo(five.stream().map(Sample::question).toList());
  }

  @Test
  void everyQuestionKindAndTaskTypeIsGenerated() {
    Map<String, Long> kinds =
        WorldSamples.many().stream()
            .collect(Collectors.groupingBy(s -> world(s).spec().kind(), Collectors.counting()));

    assertThat(kinds)
        .containsOnlyKeys("existence", "spatial", "compare", "color", "count", "shape", "largest", "total")
        .containsEntry("existence", 10L)
        .containsEntry("color", 20L)
        .containsEntry("total", 10L);
    assertThat(WorldSamples.many())
        .extracting(Sample::type)
        .contains(TaskType.YES_NO, TaskType.MULTIPLE_CHOICE, TaskType.SHORT_ANSWER);
  }

  @Test
  void yesAndNoAnswersAreBalanced() {
    Map<String, Long> answers =
        WorldSamples.many().stream()
            .filter(s -> s.type() == TaskType.YES_NO)
            .collect(Collectors.groupingBy(Sample::answer, TreeMap::new, Collectors.counting()));

    assertThat(answers).containsExactly(Map.entry("No", 15L), Map.entry("Yes", 15L));
  }

  @Test
  void everyAnswerIsTheExactTruthOfItsScene() {
    for (Sample sample : WorldSamples.many()) {
      assertThat(answerText(sample)).as(sample.id()).isEqualTo(world(sample).truth().answer());
      assertThat(sample.question()).isEqualTo(world(sample).spec().text());
    }
  }

  @Test
  void multipleChoiceHasFourDistinctOptionsAndOneCorrect() {
    List<Sample> choices = WorldSamples.many().stream().filter(s -> s.type() == TaskType.MULTIPLE_CHOICE).toList();

    assertThat(choices).hasSize(40);
    for (Sample sample : choices) {
      assertThat(sample.choices()).as(sample.id()).hasSize(4).doesNotHaveDuplicates();
      assertThat(sample.answer()).isIn("A", "B", "C", "D");
      Scene scene = world(sample).scene();
      assertThat(sample.choices().stream().filter(option -> option.equals(world(sample).spec().truth(scene).answer())))
          .hasSize(1);
    }
    assertThat(choices).extracting(Sample::answer).contains("A", "B", "C", "D");
  }

  @Test
  void scenesHaveTwoToNineFairlyVisibleObjectsOfEverySize() {
    List<Scene> scenes = WorldSamples.many().stream().map(s -> world(s).scene()).toList();

    assertThat(scenes)
        .allMatch(scene -> scene.size() >= 2 && scene.size() <= 9)
        .allMatch(scene -> scene.fair(Scene.MIN_VISIBLE));
    assertThat(scenes).extracting(Scene::size).contains(2, 9);
    assertThat(scenes.stream().flatMap(scene -> scene.objects().stream()).map(SceneObject::size))
        .contains(Size.values());
    assertThat(scenes).anyMatch(Scene::cutByEdge);
  }

  @Test
  void streamsLazilyAndRendersOnlyOnLoad() throws DatasetException {
    AtomicInteger renders = new AtomicInteger();
    Function<Scene, Image> counting = scene -> {
      renders.incrementAndGet();
      return SceneRenderer.render(scene);
    };
    List<Item> firstThree;
    try (var entries = new SyntheticDataset(counting).entries(source(1, 1_000_000))) {
      firstThree = entries.limit(3).map(Item.class::cast).toList();
    }

    assertThat(renders).hasValue(0);
    assertThat(firstThree.get(1).image().load().width()).isEqualTo(320);
    assertThat(renders).hasValue(1);
  }

  @Test
  void providesExactBootstrapsAndTheOracle() {
    SyntheticDataset dataset = new SyntheticDataset();

    assertThat(dataset.imageEditors(source(1, 0))).singleElement().isInstanceOf(SceneEditor.class);
    assertThat(dataset.questionRewriters(source(1, 0))).singleElement().isInstanceOf(SceneDescriber.class);
    assertThat(dataset.judge(source(1, 0))).get().isInstanceOf(OracleJudge.class);
  }

  @Test
  void rejectsABadOutpaintRatioNamingTheKey() {
    assertThatThrownBy(() -> source(1, 0, Map.of(ConfigurationKeys.OUTPAINT_RATIO, "0.5")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("vlb.outpaint.ratio")
        .hasMessageContaining("'0.5'");
  }
}
