package org.officina.integration.infrastructure.exchange;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.engineering.model.RoutingOperation;
import org.officina.integration.model.ExchangeFormat;
import org.officina.integration.model.ExchangeFormat.Column;

/** routings.csv: the operations and sub-operations of each item's routing. */
public final class RoutingsFile implements ExchangeFile<RoutingOperation> {

  public static final String NAME = ExchangeFormat.ROUTINGS;
  public static final String ITEM = Column.ITEM;
  public static final String SEQ = Column.SEQ;
  public static final String WORK_CENTER = "work_center";
  public static final String SUBCONTRACTOR = "subcontractor";
  public static final String TOOLING = "tooling";
  public static final String PARENT_SEQ = "parent_seq";
  public static final String SETUP_FAMILY = "setup_family";
  public static final String ALTERNATES = "alternate_work_centers";
  private static final String MAX_MINUTES = "99999999";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of(
        ITEM,
        SEQ,
        WORK_CENTER,
        "setup_minutes",
        "run_minutes",
        "queue_minutes",
        SUBCONTRACTOR,
        "description",
        "labour_minutes",
        "fixed_minutes",
        "move_minutes",
        "overlap_pct",
        "subcontract_cost",
        TOOLING,
        PARENT_SEQ,
        SETUP_FAMILY,
        ALTERNATES);
  }

  @Override
  public Set<String> required() {
    return Set.of(ITEM, SEQ, WORK_CENTER);
  }

  @Override
  public RoutingOperation read(CsvRow row) {
    String item = row.requiredCode(ITEM);
    int seq =
        row.cell(SEQ) == null ? row.requiredInteger(SEQ) : row.integerBetween(SEQ, 0, 1, 99999);
    String workCenter = row.requiredCode(WORK_CENTER);
    BigDecimal run = minutes(row, "run_minutes");
    return new RoutingOperation(
        item,
        seq,
        row.integerBetween(PARENT_SEQ, null, 1, 99999),
        row.text("description", 200),
        workCenter,
        minutes(row, "setup_minutes"),
        run,
        row.cell("labour_minutes") == null ? run : minutes(row, "labour_minutes"),
        minutes(row, "fixed_minutes"),
        minutes(row, "queue_minutes"),
        minutes(row, "move_minutes"),
        row.between("overlap_pct", BigDecimal.ZERO, "0", "100"),
        row.optionalCode(SUBCONTRACTOR),
        row.nonNegative("subcontract_cost", null),
        row.list(TOOLING),
        row.optionalCode(SETUP_FAMILY),
        row.list(ALTERNATES));
  }

  private static BigDecimal minutes(CsvRow row, String column) {
    return row.between(column, BigDecimal.ZERO, "0", MAX_MINUTES);
  }

  @Override
  public List<Object> cells(RoutingOperation op) {
    return Arrays.asList(
        op.item(),
        op.seq(),
        op.workCenter(),
        op.setupMinutes(),
        op.runMinutes(),
        op.queueMinutes(),
        op.subcontractor(),
        op.description(),
        op.labourMinutes(),
        op.fixedMinutes(),
        op.moveMinutes(),
        op.overlapPct(),
        op.subcontractCost(),
        String.join(";", op.tooling()),
        op.parentSeq(),
        op.setupFamily(),
        String.join(";", op.alternateWorkCenters()));
  }
}
