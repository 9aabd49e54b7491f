package org.officina.integration.infrastructure.exchange;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceListLine;

/**
 * price_lists.csv: suppliers' price lists (listini), a line per quantity break. The lines of one
 * list share its supplier, item, operation (empty: the whole item) and valid_from, and repeat its
 * other columns; preferred marks the supplier as the item's preferred one.
 */
public final class PriceListsFile implements ExchangeFile<PriceListLine> {

  public static final String NAME = ExchangeFormat.PRICE_LISTS;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of(
        "supplier",
        "item",
        "operation",
        "currency",
        "valid_from",
        "valid_to",
        "lead_time_days",
        "min_qty",
        "multiple",
        "break_qty",
        "unit_price",
        "preferred");
  }

  @Override
  public Set<String> required() {
    return Set.of("supplier", "item", "currency", "valid_from", "unit_price");
  }

  @Override
  public PriceListLine read(CsvRow row) {
    PriceList list =
        new PriceList(
            row.requiredCode("supplier"),
            row.requiredCode("item"),
            row.integerBetween("operation", null, 1, 99_999),
            row.required("currency"),
            row.requiredDate("valid_from"),
            row.date("valid_to"),
            row.integer("lead_time_days", null),
            row.nonNegative("min_qty", BigDecimal.ZERO),
            row.decimal("multiple", null),
            List.of(
                new PriceList.PriceBreak(
                    row.nonNegative("break_qty", BigDecimal.ZERO),
                    row.requiredDecimal("unit_price"))));
    return new PriceListLine(list, row.bool("preferred", false));
  }

  @Override
  public List<Object> cells(PriceListLine line) {
    PriceList list = line.list();
    PriceList.PriceBreak pb = list.breaks().get(0);
    return Arrays.asList(
        list.supplier(),
        list.item(),
        list.operation(),
        list.currency(),
        list.validFrom(),
        list.validTo(),
        list.leadTimeDays(),
        list.minQty(),
        list.multiple(),
        pb.fromQty(),
        pb.unitPrice(),
        line.preferred());
  }
}
