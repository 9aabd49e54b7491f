package org.officina.integration.model;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import org.officina.engineering.model.ItemData;

/** items.csv, the item master in the exchange format: checked whole before import, and written. */
public interface ItemFileFormat {

  /** Reads a whole file and tells whether it can be imported. */
  CheckedItemFile check(Reader in);

  /** Writes the items with every column of the file. */
  void write(Iterable<ItemData> items, Writer out) throws IOException;
}
