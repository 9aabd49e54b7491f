package org.officina.planning.infrastructure;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
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

  /** The planned orders of a run just planned, in the order the run planned them. */
  public static void write(MrpResult result, Writer out) throws IOException {
    Lines lines = new Lines(out);
    for (int k = 0; k < result.plannedOrderCount(); k++) {
      int number = result.plannedNumber(k);
      lines.add(result.plannedOrder(number), result.directlyPeggedTo(number));
    }
    lines.flush();
  }

  /** The file written a line at a time: for a stored run's orders, read as they stream. */
  public static final class Lines {
    private final CSVPrinter printer;

    public Lines(Writer out) throws IOException {
      printer = new CSVPrinter(out, FORMAT);
    }

    public void add(PlannedOrder order, Collection<String> peggedTo) throws IOException {
      printer.printRecord(
          order.item(),
          order.type(),
          order.qty().toPlainString(),
          order.releaseDate(),
          order.dueDate(),
          order.pastDue(),
          String.join(";", peggedTo),
          order.reference());
    }

    public void flush() throws IOException {
      printer.flush();
    }
  }
}
