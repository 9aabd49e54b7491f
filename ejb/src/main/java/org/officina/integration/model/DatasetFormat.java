package org.officina.integration.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Map;
import java.util.function.Consumer;
import org.officina.shared.model.ImportError;

/** How a dataset is read from its files and written to them, in the exchange format. */
public interface DatasetFormat {

  /**
   * Reads every file of a zipped dataset into the dataset as it is unpacked, as {@link #read} does.
   *
   * @throws IOException if the zip cannot be read, is empty, or unpacks beyond the limit
   */
  void readZip(InputStream zip, Dataset into, Consumer<ImportError> errors) throws IOException;

  /**
   * Reads one file into the dataset; every error found goes to errors. An unknown file name is an
   * error of its own.
   */
  void read(String file, Reader in, Dataset into, Consumer<ImportError> errors);

  /** How many lines each file of the dataset had, for the files it had. */
  Map<String, Integer> lineCounts(Dataset dataset);

  /** Writes a dataset as a zip, one entry per file, items.csv first through items. */
  void zip(Dataset dataset, ItemsWriter items, OutputStream out) throws IOException;

  /** Writes items.csv, which export streams page by page rather than holding in a dataset. */
  @FunctionalInterface
  interface ItemsWriter {
    void write(Writer out) throws IOException;
  }
}
