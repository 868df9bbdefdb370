package dev.vlb.engine.dataset;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.ImageSource;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.api.spi.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * MME's released folder layout: one folder per subtask holding either images beside same-named
 * {@code .txt} files, or {@code images/} and {@code questions_answers_YN/}. Each text line is
 * {@code question<TAB>Yes|No}; two questions per image. Item ids are {@code subtask/image#n}.
 */
@API(status = INTERNAL, since = "0.1")
public final class MmeDataset implements Dataset {

  /** Item attribute: the MME subtask, e.g. {@code existence}. */
  public static final String SUBTASK = "subtask";
  /** Item attribute: the image both questions of a pair are about. */
  public static final String PAIR = "pair";
  /** Item attribute: {@code perception} or {@code cognition}. */
  public static final String GROUP = "mme.group";

  /** MME's cognition subtasks; every other subtask is perception. */
  private static final Set<String> COGNITION =
      Set.of("commonsense_reasoning", "numerical_calculation", "text_translation", "code_reasoning");

  private static final List<String> QUESTION_FOLDERS = List.of("questions_answers_YN", "questions_answer_YN");
  private static final List<String> IMAGE_EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG");

  /** MME questions end with the instruction the engine's prompt adds anyway. */
  private static final Pattern INSTRUCTION = Pattern.compile("\\s*Please answer (?:yes or no|this question with yes or no)\\.?\\s*$",
      Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return "mme";
  }

  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    Path root = DatasetPaths.resolve(source.location());
    if (!Files.isDirectory(root)) {
      throw new DatasetException("MME source " + root + " must be the folder holding one folder per subtask");
    }
    ImageLoader loader = ImageLoader.from(source);
    List<Path> subtasks;
    try {
      subtasks = list(root, Files::isDirectory);
    } catch (UncheckedIOException e) {
      throw new DatasetException(e.getMessage(), e);
    }
    if (subtasks.isEmpty()) {
      throw new DatasetException("MME folder " + root + " has no subtask folders");
    }
    Stream<DatasetEntry> entries = subtasks.stream().flatMap(subtask -> questionFiles(subtask).flatMap(file -> read(file, loader)));
    return EntryStreams.limit(entries, source.limit());
  }

  /** The subtask's question files with the folder their images are in. */
  private record QuestionFile(String subtask, Path text, Path imageFolder) {}

  private static Stream<QuestionFile> questionFiles(Path subtask) {
    String name = subtask.getFileName().toString();
    Optional<Path> questions = QUESTION_FOLDERS.stream().map(subtask::resolve).filter(Files::isDirectory).findFirst();
    Path textFolder = questions.orElse(subtask);
    Path imageFolder = questions.isPresent() ? subtask.resolve("images") : subtask;
    return list(textFolder, file -> file.getFileName().toString().endsWith(".txt")).stream()
        .map(text -> new QuestionFile(name, text, imageFolder));
  }

  private static Stream<DatasetEntry> read(QuestionFile file, ImageLoader loader) {
    String base = file.text().getFileName().toString().replaceFirst("\\.txt$", "");
    String image = IMAGE_EXTENSIONS.stream()
        .map(extension -> base + extension)
        .filter(candidate -> Files.isRegularFile(file.imageFolder().resolve(candidate)))
        .findFirst()
        .orElse(base);
    String pair = file.subtask() + "/" + image;
    List<String> lines;
    try {
      lines = Files.readAllLines(file.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      Origin origin = Origin.of(file.text().toString(), 0);
      return Stream.of(new MalformedEntry(pair, origin, "cannot read question file " + file.text() + ": " + e.getMessage()));
    }
    ImageSource imageSource = loader.file(file.imageFolder(), image, pair);
    List<DatasetEntry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        Origin origin = Origin.of(file.text().toString(), i + 1);
        entries.add(entry(pair + "#" + (entries.size() + 1), origin, lines.get(i), file.subtask(), pair, imageSource));
      }
    }
    return entries.stream();
  }

  private static DatasetEntry entry(String id, Origin origin, String line, String subtask, String pair, ImageSource image) {
    int tab = line.lastIndexOf('\t');
    if (tab < 0) {
      return new MalformedEntry(id, origin, "line has no tab between question and answer: '" + line.strip() + "'");
    }
    String answer = line.substring(tab + 1).strip().toLowerCase(Locale.ROOT);
    if (!answer.equals("yes") && !answer.equals("no")) {
      return new MalformedEntry(id, origin, "answer is '" + line.substring(tab + 1).strip() + "', not Yes or No");
    }
    String question = INSTRUCTION.matcher(line.substring(0, tab)).replaceFirst("").strip();
    if (question.isEmpty()) {
      return new MalformedEntry(id, origin, "question is empty");
    }
    String group = COGNITION.contains(subtask) ? "cognition" : "perception";
    return new Item(
        id,
        origin,
        "",
        question,
        List.of(),
        answer.equals("yes") ? "Yes" : "No",
        TaskType.YES_NO,
        subtask,
        Map.of(SUBTASK, subtask, PAIR, pair, GROUP, group),
        image,
        null);
  }

  /** The folder's visible entries, sorted so that the order (and nothing else) is stable. */
  private static List<Path> list(Path folder, Predicate<Path> filter) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> !file.getFileName().toString().startsWith(".")).filter(filter).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list MME folder " + folder + ": " + e.getMessage(), e);
    }
  }
}
