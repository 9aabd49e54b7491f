package org.officina.integration.infrastructure.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * Reads and writes one file of the exchange format: UTF-8, RFC 4180, a header row naming the
 * columns in any order, unknown and repeated columns refused, required columns checked. Reading
 * reports header errors and malformed CSV as import errors of the file and hands each data line on
 * as a {@link CsvRow}.
 */
public final class CsvTable {

  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private CsvTable() {}

  /**
   * Reads a file of the given columns, passing each data line to rows and each error of the file as
   * a whole (header, malformed CSV, no data) to errors.
   */
  public static void read(
      ExchangeFile<?> file, Reader in, Consumer<CsvRow> rows, Consumer<ImportError> errors) {
    try (Rows table = open(file, in)) {
      table.forEachRemaining(rows);
      table.errors().forEach(errors);
    }
  }

  /**
   * Opens a file for reading line by line, its header already read; the file's errors as a whole
   * are in {@link Rows#errors()}. The lines stream, so a file of any size is read in constant
   * memory.
   */
  public static Rows open(ExchangeFile<?> file, Reader in) {
    return new Rows(file, in);
  }

  /** The data lines of one file; reading ends at the first error of the file as a whole. */
  public static final class Rows implements Iterator<CsvRow>, AutoCloseable {
    private final ExchangeFile<?> file;
    private final CSVParser parser;
    private final LinedRecords records;
    private final List<ImportError> errors = new ArrayList<>();
    private Map<String, Integer> columns;

    private Rows(ExchangeFile<?> file, Reader in) {
      this.file = file;
      try {
        parser = CSVParser.parse(in, LinedRecords.FORMAT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      records = new LinedRecords(parser);
      if (!more()) {
        if (errors.isEmpty()) {
          errors.add(new ImportError(file.name(), 1, Violation.of(null, "csv.empty")));
        }
        return;
      }
      columns = header(file, records.next().record(), errors::add);
    }

    /** The errors of the file as a whole: its header, malformed CSV, no lines at all. */
    public List<ImportError> errors() {
      return List.copyOf(errors);
    }

    @Override
    public boolean hasNext() {
      return errors.isEmpty() && more();
    }

    /** A malformed file (an unclosed quote, say) ends the reading with an error where it was. */
    private boolean more() {
      try {
        return records.hasNext();
      } catch (UncheckedIOException | IllegalStateException e) {
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        errors.add(
            new ImportError(
                file.name(), records.lastLine() + 1, Violation.of(null, "csv.malformed", reason)));
        return false;
      }
    }

    @Override
    public CsvRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      LinedRecords.Lined lined = records.next();
      CsvRow row = new CsvRow(lined.line(), lined.record(), columns);
      if (lined.record().size() != columns.size()) {
        row.refuse(Violation.of(null, "csv.cellCount", lined.record().size(), columns.size()));
      }
      return row;
    }

    /** Skips lines already taken, for a job restarted from a checkpoint. */
    public void skip(long lines) {
      for (long i = 0; i < lines && hasNext(); i++) {
        records.next();
      }
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Map<String, Integer> header(
      ExchangeFile<?> file, CSVRecord names, Consumer<ImportError> errors) {
    Map<String, Integer> columns = new HashMap<>();
    boolean valid = true;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String column = name.strip().toLowerCase(Locale.ROOT);
      if (!file.columns().contains(column)) {
        errors.accept(
            headerError(
                file,
                Violation.of(name, "csv.unknownColumn", name, String.join(", ", file.columns()))));
        valid = false;
      } else if (columns.putIfAbsent(column, i) != null) {
        errors.accept(headerError(file, Violation.of(name, "csv.duplicateColumn", name)));
        valid = false;
      }
    }
    for (String required : file.required()) {
      if (!columns.containsKey(required)) {
        errors.accept(headerError(file, Violation.of(required, "csv.missingColumn", required)));
        valid = false;
      }
    }
    return valid ? columns : null;
  }

  private static ImportError headerError(ExchangeFile<?> file, Violation violation) {
    return new ImportError(file.name(), 1, violation);
  }

  /** Writes the values with every column of the file, in the file's column order. */
  public static <T> void write(ExchangeFile<T> file, Iterable<T> values, Writer out)
      throws IOException {
    CSVPrinter printer = new CSVPrinter(out, WRITE);
    printer.printRecord(file.columns());
    for (T value : values) {
      List<Object> cells = file.cells(value);
      printer.printRecord(cells.stream().map(CsvTable::cell).toList());
    }
    printer.flush();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return plain(decimal);
    }
    return value.toString();
  }

  /** A decimal as export writes it: plain notation, no trailing zeros. */
  public static String plain(java.math.BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
