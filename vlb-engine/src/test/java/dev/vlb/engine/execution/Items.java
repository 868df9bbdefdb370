package dev.vlb.engine.execution;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ImageSource;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.Origin;
import java.util.List;
import java.util.Map;

/** Items for the execution pieces' tests: yes/no questions about a 1x1 image that is never decoded. */
final class Items {

  static final Image PIXEL = Image.png(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 1, 1);

  private Items() {}

  static Item yesNo(String id, String question, String answer) {
    return item(id, question, answer, () -> PIXEL);
  }

  static Item unreadable(String id) {
    return item(id, "Is it there?", "Yes", () -> {
      throw new DatasetException("items.jsonl:3: image of '" + id + "' is truncated");
    });
  }

  private static Item item(String id, String question, String answer, ImageSource image) {
    return new Item(id, Origin.of("items.jsonl", 1), "", question, List.of(), answer, TaskType.YES_NO, "colour",
        Map.of("objects", "3"), image, null);
  }
}
