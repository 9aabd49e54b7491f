package org.officina.integration.infrastructure.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.engineering.model.BomLine;
import org.officina.integration.model.ExchangeFormat;
import org.officina.integration.model.ExchangeFormat.Column;

/** bom.csv: the lines of bills of materials, each parent's lines in their order. */
public final class BomFile implements ExchangeFile<BomLine> {

  public static final String NAME = ExchangeFormat.BOM;
  public static final String PARENT = Column.PARENT;
  public static final String COMPONENT = Column.COMPONENT;
  public static final String QTY_PER = "qty_per";
  public static final String VALID_TO = "valid_to";
  public static final String OPERATION_SEQ = "operation_seq";
  public static final String ALTERNATE_FOR = "alternate_for";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of(
        PARENT,
        COMPONENT,
        QTY_PER,
        "scrap_pct",
        "valid_from",
        VALID_TO,
        OPERATION_SEQ,
        "phantom",
        "per_order",
        ALTERNATE_FOR,
        "priority");
  }

  @Override
  public Set<String> required() {
    return Set.of(PARENT, COMPONENT, QTY_PER);
  }

  @Override
  public BomLine read(CsvRow row) {
    String parent = row.requiredCode(PARENT);
    String component = row.requiredCode(COMPONENT);
    BigDecimal qtyPer = row.requiredDecimal(QTY_PER);
    BigDecimal scrap = row.decimal("scrap_pct", BigDecimal.ZERO);
    LocalDate from = row.date("valid_from");
    LocalDate to = row.date(VALID_TO);
    int operationSeq = row.integerBetween(OPERATION_SEQ, 0, 0, 99999);
    return new BomLine(
        parent,
        component,
        qtyPer,
        row.bool("per_order", false),
        scrap,
        from,
        to,
        operationSeq,
        row.bool("phantom", false),
        row.optionalCode(ALTERNATE_FOR),
        row.integer("priority", 1));
  }

  @Override
  public List<Object> cells(BomLine line) {
    return Arrays.asList(
        line.parent(),
        line.component(),
        line.qtyPer(),
        line.scrapPct(),
        line.validFrom(),
        line.validTo(),
        line.operationSeq() == 0 ? null : line.operationSeq(),
        line.phantom(),
        line.fixedPerOrder(),
        line.alternateFor(),
        line.priority());
  }
}
