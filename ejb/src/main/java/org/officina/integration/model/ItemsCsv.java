package org.officina.integration.model;

import static org.officina.engineering.model.ItemField.*;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ItemRules;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * The exchange format's items.csv (see shared/design/EXCHANGE-FORMAT.md): UTF-8, RFC 4180, one
 * header row naming the columns in any order, unknown columns refused, an empty cell meaning the
 * column's default. Reading reports every error with its line and column; the reader streams, so a
 * file of any size is read in constant memory.
 */
public final class ItemsCsv {

  public static final String FILE = "items.csv";

  /** The columns in the order export writes them. */
  public static final List<String> COLUMNS =
      List.of(
          CODE,
          DESCRIPTION,
          UOM,
          SUPPLY_TYPE,
          LEAD_TIME_DAYS,
          LOT_RULE,
          LOT_QTY,
          LOT_MIN,
          LOT_MULTIPLE,
          LOT_PERIODS,
          SAFETY_STOCK,
          LEAD_TIME_FROM_ROUTING,
          PLANNER,
          ISSUE_METHOD);

  private static final Set<String> REQUIRED = Set.of(CODE);

  private ItemsCsv() {}

  /** One data line: where it starts in the file, what it says, and what is wrong with it. */
  public record Row(long line, ItemData item, List<ImportError> errors) {
    public Row {
      errors = List.copyOf(errors);
    }

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /**
   * Opens a file for reading row by row; errors of the header row are in {@link
   * RowReader#headerErrors()}.
   */
  public static RowReader open(Reader in) {
    return new RowReader(in);
  }

  /** Writes items in the exchange format, with every column, in the order of {@link #COLUMNS}. */
  public static void write(Iterable<ItemData> items, Writer out) throws IOException {
    CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
    printer.printRecord(COLUMNS);
    for (ItemData item : items) {
      printer.printRecord(
          item.code(),
          item.description(),
          item.uom(),
          item.supplyType(),
          item.leadTimeDays(),
          item.lotRule(),
          plain(item.lotQty()),
          plain(item.lotMin()),
          plain(item.lotMultiple()),
          item.lotPeriods() == null ? "" : item.lotPeriods(),
          plain(item.safetyStock()),
          item.leadTimeFromRouting() == null ? "" : item.leadTimeFromRouting(),
          item.planner() == null ? "" : item.planner(),
          item.issueMethod() == null ? "" : item.issueMethod());
    }
    printer.flush();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** Streams the rows of one items.csv. */
  public static final class RowReader implements Iterator<Row>, AutoCloseable {
    private final CSVParser parser;
    private final LinedRecords records;
    private final List<String> header = new ArrayList<>();
    private final List<ImportError> headerErrors = new ArrayList<>();
    private final Map<String, Long> lineOfCode = new HashMap<>();

    RowReader(Reader in) {
      try {
        parser = CSVParser.parse(in, LinedRecords.FORMAT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      records = new LinedRecords(parser);
      readHeader();
    }

    public List<ImportError> headerErrors() {
      return List.copyOf(headerErrors);
    }

    private void readHeader() {
      if (!safeHasNext(1)) {
        if (headerErrors.isEmpty()) {
          headerErrors.add(new ImportError(FILE, 1, Violation.of(null, "csv.empty")));
        }
        return;
      }
      CSVRecord names = records.next().record();
      for (String name : names) {
        String column = name.strip().toLowerCase(Locale.ROOT);
        if (!COLUMNS.contains(column)) {
          headerErrors.add(
              new ImportError(
                  FILE,
                  1,
                  Violation.of(name, "csv.unknownColumn", name, String.join(", ", COLUMNS))));
        } else if (header.contains(column)) {
          headerErrors.add(
              new ImportError(FILE, 1, Violation.of(name, "csv.duplicateColumn", name)));
        }
        header.add(column);
      }
      for (String required : REQUIRED) {
        if (!header.contains(required)) {
          headerErrors.add(
              new ImportError(FILE, 1, Violation.of(required, "csv.missingColumn", required)));
        }
      }
    }

    @Override
    public boolean hasNext() {
      return headerErrors.isEmpty() && safeHasNext(records.lastLine() + 1);
    }

    /**
     * A malformed file (an unclosed quote, say) ends the reading with an error at the line reached.
     */
    private boolean safeHasNext(long line) {
      try {
        return records.hasNext();
      } catch (UncheckedIOException | IllegalStateException e) {
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        headerErrors.add(new ImportError(FILE, line, Violation.of(null, "csv.malformed", reason)));
        return false;
      }
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      LinedRecords.Lined lined = records.next();
      return new RowParser(lined.line(), lined.record()).parse();
    }

    /** Skips rows already taken, for a job restarted from a checkpoint. */
    public void skip(long rows) {
      for (long i = 0; i < rows && hasNext(); i++) {
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

    private final class RowParser {
      private final long line;
      private final CSVRecord record;
      private final CsvRow row;

      RowParser(long line, CSVRecord record) {
        this.line = line;
        this.record = record;
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          columns.putIfAbsent(header.get(i), i);
        }
        this.row = new CsvRow(line, record, columns);
      }

      Row parse() {
        if (record.size() != header.size()) {
          row.refuse(Violation.of(null, "csv.cellCount", record.size(), header.size()));
          return row(null);
        }
        ItemData defaults = ItemData.withDefaults(row.text(CODE));
        ItemData item =
            new ItemData(
                row.text(CODE),
                row.cell(DESCRIPTION) == null ? defaults.description() : row.cell(DESCRIPTION),
                row.code(UOM, UnitOfMeasure.class, defaults.uom()),
                row.code(SUPPLY_TYPE, SupplyType.class, defaults.supplyType()),
                row.integer(LEAD_TIME_DAYS, defaults.leadTimeDays()),
                row.code(LOT_RULE, LotRule.class, defaults.lotRule()),
                row.decimal(LOT_QTY, null),
                row.decimal(LOT_MIN, BigDecimal.ZERO),
                row.decimal(LOT_MULTIPLE, BigDecimal.ZERO),
                row.integer(LOT_PERIODS, null),
                row.decimal(SAFETY_STOCK, BigDecimal.ZERO),
                row.has(LEAD_TIME_FROM_ROUTING) ? row.bool(LEAD_TIME_FROM_ROUTING, false) : null,
                row.has(PLANNER) ? Objects.requireNonNullElse(row.cell(PLANNER), "") : null,
                row.cell(ISSUE_METHOD) == null
                    ? null
                    : row.code(ISSUE_METHOD, IssueMethod.class, null));
        Set<String> unreadable = new HashSet<>();
        row.violations().forEach(v -> unreadable.add(v.field()));
        ItemRules.check(item).stream()
            .filter(v -> !unreadable.contains(v.field()))
            .forEach(row::refuse);
        checkRepeatedCode(item.code());
        return row(item);
      }

      private void checkRepeatedCode(String code) {
        if (code == null || code.isEmpty()) {
          return;
        }
        Long first = lineOfCode.putIfAbsent(code, line);
        if (first != null) {
          row.refuse(Violation.of(CODE, "item.code.duplicateInFile", code, first));
        }
      }

      private Row row(ItemData item) {
        return new Row(
            line,
            item,
            row.violations().stream().map(v -> new ImportError(FILE, line, v)).toList());
      }
    }
  }
}
