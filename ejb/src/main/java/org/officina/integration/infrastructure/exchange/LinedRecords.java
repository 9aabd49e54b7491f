package org.officina.integration.infrastructure.exchange;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file, blank lines left out, each with the line of the file it starts on, so
 * that an error names the line a person sees in an editor. A malformed file surfaces as an {@link
 * java.io.UncheckedIOException} or {@link IllegalStateException} from {@link #hasNext()}.
 */
final class LinedRecords implements Iterator<LinedRecords.Lined> {

  /** Blank lines are kept by the parser and skipped here, so that line numbers stay right. */
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(false).get();

  /** A record and the line it starts on. */
  record Lined(long line, CSVRecord record) {}

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long lastLine;
  private Lined next;

  LinedRecords(CSVParser parser) {
    this.parser = parser;
    this.records = parser.iterator();
  }

  /** The last line read so far; the next record starts after it. */
  long lastLine() {
    return lastLine;
  }

  @Override
  public boolean hasNext() {
    while (next == null && records.hasNext()) {
      CSVRecord record = records.next();
      long start = lastLine + 1;
      lastLine = parser.getCurrentLineNumber();
      if (!(record.size() == 1 && record.get(0).isBlank())) {
        next = new Lined(start, record);
      }
    }
    return next != null;
  }

  @Override
  public Lined next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Lined lined = next;
    next = null;
    return lined;
  }
}
