package dev.vlb.engine.dataset;

import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.api.spi.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Streams a TSV in the layout MMBench and VLMEvalKit share: a header naming the columns (any case), then
 * one item per row, named by its {@code index}, with its image in an {@code image} column as base64 or
 * as the index of the row whose image it shares ({@link MmbenchImages}). A row without an index is
 * malformed; what any other row holds is the dataset's to read.
 *
 * @param <C> where the dataset's columns are
 */
final class IndexedTsv<C extends IndexedTsv.Columns> {

  /** The columns every such TSV has. */
  interface Columns {
    int index();

    int image();
  }

  /** Finds the dataset's columns in the header, failing when one it needs is absent. */
  @FunctionalInterface
  interface ColumnsReader<C> {
    C of(Header header) throws DatasetException;
  }

  /** The entry of a row that has an index: an item, or why the row is malformed. */
  @FunctionalInterface
  interface ItemReader<C> {
    DatasetEntry item(String id, Origin origin, TsvReader.Row row, C columns, MmbenchImages images);
  }

  /**
   * The header's column names, stripped and in lower case.
   *
   * @param kind names the file in messages ({@code MMBench TSV})
   */
  record Header(List<String> names, Path file, String kind) {

    /** The column of that name; -1 when it is absent. */
    int optional(String name) {
      return names.indexOf(name);
    }

    int required(String name) throws DatasetException {
      int column = names.indexOf(name);
      if (column < 0) {
        throw new DatasetException(kind + " " + file + " has no column '" + name + "' in its header " + names);
      }
      return column;
    }
  }

  private final String kind;
  private final ColumnsReader<C> columns;
  private final ItemReader<C> items;

  /** @param kind names the file in messages ({@code MMBench TSV}) */
  IndexedTsv(String kind, ColumnsReader<C> columns, ItemReader<C> items) {
    this.kind = kind;
    this.columns = columns;
    this.items = items;
  }

  /** The entries of the source's file, read as the stream is consumed; closing the stream closes the file. */
  Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException {
    Path file = DatasetPaths.resolve(source.location());
    try {
      TsvReader reader = TsvReader.open(file);
      try {
        TsvReader.Row header = reader.next();
        if (header == null) {
          throw new DatasetException(kind + " " + file + " is empty");
        }
        List<String> names = header.fields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        C found = columns.of(new Header(names, file, kind));
        MmbenchImages images = new MmbenchImages(file, found.index(), found.image(), ImageLoader.from(source));
        return EntryStreams.of(() -> next(reader, found, images, file), reader, source.limit(), file.toString());
      } catch (DatasetException | IOException | RuntimeException e) {
        // the stream was never handed out, so nobody else will close the file
        reader.close();
        throw e;
      }
    } catch (IOException e) {
      throw new DatasetException("Cannot read " + kind + " " + file + ": " + e.getMessage(), e);
    }
  }

  private DatasetEntry next(TsvReader reader, C found, MmbenchImages images, Path file) throws IOException {
    TsvReader.Row row = reader.next();
    if (row == null) {
      return null;
    }
    Origin origin = Origin.of(file.toString(), row.line());
    String id = row.field(found.index()).strip();
    if (id.isEmpty()) {
      return new MalformedEntry(origin.toString(), origin, "field 'index' is empty");
    }
    images.remember(id, row);
    return items.item(id, origin, row, found, images);
  }
}
