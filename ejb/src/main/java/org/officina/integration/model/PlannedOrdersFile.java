package org.officina.integration.model;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.officina.planning.model.MrpResult;
import org.officina.planning.model.PlannedOrder;

/**
 * planned_orders.csv, the results of a run in the exchange format: one line per planned order, in
 * the order the run planned them, numbered ({@code PLN-n}). {@code pegged_to} names what the order
 * covers one level up: demand lines ({@code SO-1/2}), the parents' planned orders ({@code PLN-n})
 * and firm orders whose components it supplies, and {@code SAFETY_STOCK}; following the parents'
 * orders leads to the demands at the top. Listing the top demands on every line instead would
 * repeat them for every component: thousands for a raw material bought in large lots.
 */
public final class PlannedOrdersFile {

  public static final String NAME = "planned_orders.csv";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setRecordSeparator("\n")
          .setHeader(
              "item", "type", "qty", "release_date", "due_date", "past_due", "pegged_to", "number")
          .get();

  private PlannedOrdersFile() {}

  public static void write(MrpResult result, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    for (int number = 1; number <= result.plannedOrderCount(); number++) {
      PlannedOrder order = result.plannedOrder(number);
      printer.printRecord(
          order.item(),
          order.type(),
          order.qty().toPlainString(),
          order.releaseDate(),
          order.dueDate(),
          order.pastDue(),
          String.join(";", result.directlyPeggedTo(number)),
          order.reference());
    }
    printer.flush();
  }
}
