package org.officina.integration.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    try (CSVParser parser = CSVParser.parse(in, LinedRecords.FORMAT)) {
      LinedRecords records = new LinedRecords(parser);
      try {
        if (!records.hasNext()) {
          errors.accept(new ImportError(file.name(), 1, Violation.of(null, "csv.empty")));
          return;
        }
        Map<String, Integer> columns = header(file, records.next().record(), errors);
        if (columns == null) {
          return;
        }
        while (records.hasNext()) {
          LinedRecords.Lined lined = records.next();
          CsvRow row = new CsvRow(lined.line(), lined.record(), columns);
          if (lined.record().size() != columns.size()) {
            row.refuse(Violation.of(null, "csv.cellCount", lined.record().size(), columns.size()));
          }
          rows.accept(row);
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        errors.accept(
            new ImportError(
                file.name(), records.lastLine() + 1, Violation.of(null, "csv.malformed", reason)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
