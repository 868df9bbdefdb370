package dev.vlb.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The variant store from the command line: freeze variants into a set, check a set, import it, convert
 * it for VLMEvalKit.
 *
 * <pre>
 * export --store DIR (--keys FILE | --results results.jsonl) --out DIR|X.zip
 *     freezes the variants named in FILE (one key per line; blank lines and lines starting with # are
 *     skipped) or in the {@code variantKey} fields of a results journal into a new set
 * import --in DIR|X.zip --store DIR
 *     verifies the set whole, then copies it into the store (entries of the same key are replaced)
 * tsv --in DIR|X.zip --out FILE.tsv
 *     verifies the set, then writes it as a VLMEvalKit TSV ({@link VlmEvalKitTsv})
 * verify --in DIR|X.zip
 *     checks every checksum and prints the manifest's SHA-256, the set's name to publish with scores
 * </pre>
 *
 * Each prints one line of what it did. Exit status: 0 done, 1 failed (the one-line message on standard
 * error names the bad file or key), 2 the command line is wrong (usage follows). Example:
 * {@code java -cp vlb-engine.jar:... dev.vlb.engine.store.VariantsCli verify --in variants-v1.zip}.
 */
@API(status = INTERNAL, since = "0.1")
public final class VariantsCli {

  static final int DONE = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final String NAME = "vlb-variants";
  private static final String RESULTS_KEY_FIELD = "variantKey";
  private static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "usage: " + NAME + " export --store DIR (--keys FILE | --results results.jsonl) --out DIR|X.zip",
      "       " + NAME + " import --in DIR|X.zip --store DIR",
      "       " + NAME + " tsv --in DIR|X.zip --out FILE.tsv",
      "       " + NAME + " verify --in DIR|X.zip");

  private VariantsCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Command command = Command.parse(args);
      out.println(command.run());
      return DONE;
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    } catch (IOException e) {
      err.println(NAME + ": " + describe(e));
      return FAILED;
    } catch (UncheckedIOException e) {
      err.println(NAME + ": " + describe(e.getCause()));
      return FAILED;
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return FAILED;
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return "No such file or folder: " + missing.getFile() + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " already exists" + (exists.getReason() == null ? "" : ": " + exists.getReason());
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** A subcommand and its options, checked before anything is read or written. */
  private record Command(String name, Map<String, String> options) {

    private static final Map<String, List<String>> ALLOWED = Map.of(
        "export", List.of("--store", "--keys", "--results", "--out"),
        "import", List.of("--in", "--store"),
        "tsv", List.of("--in", "--out"),
        "verify", List.of("--in"));

    static Command parse(String[] args) throws UsageException {
      if (args.length == 0) {
        throw new UsageException("no command given");
      }
      String name = args[0];
      List<String> allowed = ALLOWED.get(name);
      if (allowed == null) {
        throw new UsageException("unknown command '" + name + "'");
      }
      Map<String, String> options = new LinkedHashMap<>();
      for (int i = 1; i < args.length; i += 2) {
        if (!allowed.contains(args[i])) {
          throw new UsageException("'" + name + "' takes no option '" + args[i] + "'");
        }
        if (i + 1 >= args.length) {
          throw new UsageException("option " + args[i] + " needs a value");
        }
        options.put(args[i], args[i + 1]);
      }
      Command command = new Command(name, options);
      command.check();
      return command;
    }

    private void check() throws UsageException {
      for (String option : ALLOWED.get(name)) {
        boolean either = option.equals("--keys") || option.equals("--results");
        if (!either && !options.containsKey(option)) {
          throw new UsageException("'" + name + "' needs " + option);
        }
      }
      if (name.equals("export") && options.containsKey("--keys") == options.containsKey("--results")) {
        throw new UsageException("'export' needs exactly one of --keys and --results");
      }
    }

    private Path path(String option) {
      return Path.of(options.get(option));
    }

    String run() throws IOException {
      return switch (name) {
        case "export" -> export();
        case "import" -> importSet();
        case "tsv" -> tsv();
        default -> verify();
      };
    }

    private String export() throws IOException {
      Path storeRoot = path("--store");
      if (!Files.isDirectory(storeRoot)) {
        throw new NoSuchFileException(storeRoot.toString(), null, "no variant store there");
      }
      Set<VariantKey> keys = options.containsKey("--keys") ? keysFile(path("--keys")) : resultsFile(path("--results"));
      VariantSet.Summary set = VariantStore.open(storeRoot).export(keys, path("--out"));
      return "exported " + set.variants() + " variants (" + set.generated() + " generated, " + set.images() + " images) to "
          + set.location() + "; manifest sha256 " + set.manifestSha256();
    }

    private String importSet() throws IOException {
      VariantSet.Imported imported = VariantSet.importSet(path("--in"), VariantStore.open(path("--store")));
      VariantSet.Summary set = imported.set();
      return "imported " + set.variants() + " variants (" + set.images() + " images) from " + set.location() + " into "
          + path("--store").toAbsolutePath().normalize() + "; " + imported.replaced() + " replaced; manifest sha256 "
          + set.manifestSha256();
    }

    private String tsv() throws IOException {
      VlmEvalKitTsv.Written written = VlmEvalKitTsv.write(path("--in"), path("--out"));
      return "wrote " + written.rows() + " rows to " + written.file() + " (" + written.notGenerated()
          + " entries not generated, without a row)";
    }

    private String verify() throws IOException {
      VariantSet.Summary set = VariantSet.verify(path("--in"));
      return "verified " + set.variants() + " variants (" + set.generated() + " generated, " + set.images() + " images) in "
          + set.location() + "; manifest sha256 " + set.manifestSha256();
    }
  }

  /** One key per line; blank lines and {@code #} comments skipped. */
  static Set<VariantKey> keysFile(Path file) throws IOException {
    Set<VariantKey> keys = new LinkedHashSet<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        keys.add(VariantKey.parse(line));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return keys;
  }

  /** The {@code variantKey} of every record of a results journal that has one. */
  static Set<VariantKey> resultsFile(Path file) throws IOException {
    Set<VariantKey> keys = new LinkedHashSet<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode record;
      try {
        record = EntryCodec.JSON.readTree(lines.get(i));
      } catch (IOException e) {
        throw new IOException(where + ": not a JSON record", e);
      }
      JsonNode key = record.get(RESULTS_KEY_FIELD);
      if (key != null && key.isTextual()) {
        try {
          keys.add(VariantKey.parse(key.asText()));
        } catch (IllegalArgumentException e) {
          throw new IOException(where + ": field '" + RESULTS_KEY_FIELD + "': " + e.getMessage(), e);
        }
      }
    }
    if (keys.isEmpty()) {
      throw new IOException(file + " has no record with a '" + RESULTS_KEY_FIELD + "' field");
    }
    return keys;
  }

  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
