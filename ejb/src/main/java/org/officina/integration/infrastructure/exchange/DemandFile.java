package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;
import org.officina.integration.model.ExchangeFormat;
import org.officina.integration.model.ExchangeFormat.Column;

/** demand.csv: sales order lines and forecasts. */
public final class DemandFile implements ExchangeFile<DemandLine> {

  public static final String NAME = ExchangeFormat.DEMAND;
  public static final String ITEM = Column.ITEM;
  public static final String QTY = Column.QTY;
  public static final String NUMBER = Column.NUMBER;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("type", NUMBER, ITEM, QTY, "due_date", "line", "customer");
  }

  @Override
  public Set<String> required() {
    return Set.of("type", NUMBER, ITEM, QTY, "due_date");
  }

  @Override
  public DemandLine read(CsvRow row) {
    return new DemandLine(
        row.code("type", DemandType.class, null),
        row.requiredCode(NUMBER),
        row.integerBetween("line", 1, 1, 99999),
        row.requiredCode(ITEM),
        row.requiredDecimal(QTY),
        row.requiredDate("due_date"),
        row.text("customer", 200));
  }

  @Override
  public List<Object> cells(DemandLine line) {
    return Arrays.asList(
        line.type(),
        line.number(),
        line.item(),
        line.qty(),
        line.dueDate(),
        line.line(),
        line.customer());
  }
}
