package org.officina.integration.infrastructure.exchange;

import static org.officina.engineering.model.ItemField.*;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ItemField;
import org.officina.engineering.model.ItemRules;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.PlanningPolicy;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.integration.model.ExchangeFormat;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * The exchange format's items.csv (docs/exchange-format.md), read and written by {@link CsvTable}
 * like every other file of a dataset: an empty cell means the column's default, every error is
 * reported with its line and column, and a code already read on an earlier line is refused. Each
 * reading of a file takes an instance of its own, which remembers the codes read.
 */
public final class ItemsCsv implements ExchangeFile<ItemData> {

  public static final String FILE = ExchangeFormat.ITEMS;

  /** The columns in the order export writes them. */
  public static final List<String> COLUMNS = ItemField.ALL;

  private static final Set<String> REQUIRED = Set.of(CODE);

  private final Map<String, Long> lineOfCode = new HashMap<>();

  ItemsCsv() {}

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
   * Opens a file for reading row by row; errors of the file as a whole (its header, malformed CSV)
   * are in {@link RowReader#headerErrors()}.
   */
  public static RowReader open(Reader in) {
    return new RowReader(in);
  }

  /** Writes items in the exchange format, with every column, in the order of {@link #COLUMNS}. */
  public static void write(Iterable<ItemData> items, Writer out) throws IOException {
    CsvTable.write(new ItemsCsv(), items, out);
  }

  @Override
  public String name() {
    return FILE;
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public Set<String> required() {
    return REQUIRED;
  }

  /** The item of a line; a line of the wrong width is not read, its cells being out of place. */
  @Override
  public ItemData read(CsvRow row) {
    if (!row.violations().isEmpty()) {
      return null;
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
            row.cell(ISSUE_METHOD) == null ? null : row.code(ISSUE_METHOD, IssueMethod.class, null),
            row.decimal(CONSUMPTION_TOLERANCE_PCT, null),
            planning(row));
    Set<String> unreadable = new HashSet<>();
    row.violations().forEach(v -> unreadable.add(v.field()));
    ItemRules.check(item).stream()
        .filter(v -> !unreadable.contains(v.field()))
        .forEach(row::refuse);
    checkRepeatedCode(row, item.code());
    return item;
  }

  /**
   * The planning parameters of a file that has their columns (an empty cell: none), or null for a
   * file without them: the items keep their own.
   */
  private static PlanningPolicy planning(CsvRow row) {
    if (PLANNING.stream().noneMatch(row::has)) {
      return null;
    }
    return new PlanningPolicy(
        row.integer(DEMAND_FENCE_DAYS, null),
        row.integer(PLANNING_FENCE_DAYS, null),
        row.integer(CONSUMPTION_BACKWARD_DAYS, null),
        row.integer(CONSUMPTION_FORWARD_DAYS, null),
        row.integer(EARLY_TOLERANCE_DAYS, null),
        row.integer(LATE_TOLERANCE_DAYS, null),
        row.decimal(QTY_TOLERANCE_PCT, null),
        row.decimal(REORDER_POINT, null));
  }

  private void checkRepeatedCode(CsvRow row, String code) {
    if (code == null || code.isEmpty()) {
      return;
    }
    Long first = lineOfCode.putIfAbsent(code, row.line());
    if (first != null) {
      row.refuse(Violation.of(CODE, "item.code.duplicateInFile", code, first));
    }
  }

  @Override
  public List<Object> cells(ItemData item) {
    return Arrays.asList(
        item.code(),
        item.description(),
        item.uom(),
        item.supplyType(),
        item.leadTimeDays(),
        item.lotRule(),
        decimal(item.lotQty()),
        decimal(item.lotMin()),
        decimal(item.lotMultiple()),
        item.lotPeriods(),
        decimal(item.safetyStock()),
        item.leadTimeFromRouting(),
        item.planner(),
        item.issueMethod(),
        decimal(item.consumptionTolerancePct()),
        item.policy().demandFenceDays(),
        item.policy().planningFenceDays(),
        item.policy().consumptionBackwardDays(),
        item.policy().consumptionForwardDays(),
        item.policy().earlyToleranceDays(),
        item.policy().lateToleranceDays(),
        decimal(item.policy().quantityTolerancePct()),
        decimal(item.policy().reorderPoint()));
  }

  /** items.csv keeps the scale a quantity is held with, as its export always has. */
  private static String decimal(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** Streams the rows of one items.csv. */
  public static final class RowReader implements Iterator<Row>, AutoCloseable {
    private final ItemsCsv file = new ItemsCsv();
    private final CsvTable.Rows rows;

    RowReader(Reader in) {
      rows = CsvTable.open(file, in);
    }

    public List<ImportError> headerErrors() {
      return rows.errors();
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public Row next() {
      CsvRow row = rows.next();
      ItemData item = file.read(row);
      return new Row(
          row.line(),
          item,
          row.violations().stream().map(v -> new ImportError(FILE, row.line(), v)).toList());
    }

    /** Skips rows already taken, for a job restarted from a checkpoint. */
    public void skip(long rows) {
      this.rows.skip(rows);
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
