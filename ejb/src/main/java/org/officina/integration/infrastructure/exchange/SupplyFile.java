package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.integration.model.ExchangeFormat.Column;
import org.officina.purchasing.model.SupplyLine;
import org.officina.purchasing.model.SupplyOrderType;

/** supply.csv: open purchase, production and subcontract order lines. */
public final class SupplyFile implements ExchangeFile<SupplyLine> {

  public static final String NAME = ExchangeFormat.SUPPLY;
  public static final String ITEM = Column.ITEM;
  public static final String QTY = Column.QTY;
  public static final String NUMBER = Column.NUMBER;
  public static final String SUPPLIER = Column.SUPPLIER;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("type", NUMBER, ITEM, QTY, "due_date", "firm", "line", SUPPLIER);
  }

  @Override
  public Set<String> required() {
    return Set.of("type", NUMBER, ITEM, QTY, "due_date");
  }

  @Override
  public SupplyLine read(CsvRow row) {
    return new SupplyLine(
        row.code("type", SupplyOrderType.class, null),
        row.requiredCode(NUMBER),
        row.integerBetween("line", 1, 1, 99999),
        row.requiredCode(ITEM),
        row.requiredDecimal(QTY),
        row.requiredDate("due_date"),
        row.bool("firm", true),
        row.optionalCode(SUPPLIER));
  }

  @Override
  public List<Object> cells(SupplyLine line) {
    return Arrays.asList(
        line.type(),
        line.number(),
        line.item(),
        line.qty(),
        line.dueDate(),
        line.firm(),
        line.line(),
        line.supplier());
  }
}
