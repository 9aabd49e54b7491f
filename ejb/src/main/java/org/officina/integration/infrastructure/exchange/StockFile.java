package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.integration.model.ExchangeFormat.Column;
import org.officina.inventory.model.StockLevel;

/** stock.csv: the quantity on hand of items by warehouse, location and lot. */
public final class StockFile implements ExchangeFile<StockLevel> {

  public static final String NAME = ExchangeFormat.STOCK;
  public static final String ITEM = Column.ITEM;
  public static final String QTY = Column.QTY;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of(ITEM, "warehouse", QTY, "lot", "location");
  }

  @Override
  public Set<String> required() {
    return Set.of(ITEM, "warehouse", QTY);
  }

  @Override
  public StockLevel read(CsvRow row) {
    return new StockLevel(
        row.requiredCode(ITEM),
        row.requiredCode("warehouse"),
        row.optionalCode("location"),
        row.optionalCode("lot"),
        row.requiredDecimal(QTY));
  }

  @Override
  public List<Object> cells(StockLevel stock) {
    return Arrays.asList(
        stock.item(), stock.warehouse(), stock.qty(), stock.lot(), stock.location());
  }
}
