package org.officina.planning.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.infrastructure.PlannedOrdersFile;
import org.officina.planning.model.PlannedOrder;
import org.officina.planning.model.PlannedOrderRow;

/**
 * A run's planned orders as the download planned_orders.csv, written as they are read so that a
 * large plan is never held whole.
 */
final class PlannedOrdersCsv {

  private PlannedOrdersCsv() {}

  static Response of(MrpRunService runs, long id) {
    StreamingOutput csv =
        out -> {
          PlannedOrdersFile.Lines lines =
              new PlannedOrdersFile.Lines(
                  new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
          runs.forEachPlannedOrder(id, row -> print(lines, row));
          lines.flush();
        };
    return Response.ok(csv)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + PlannedOrdersFile.NAME + "\"")
        .build();
  }

  private static void print(PlannedOrdersFile.Lines lines, PlannedOrderRow row) {
    try {
      lines.add(
          new PlannedOrder(
              row.number(),
              row.item(),
              row.type(),
              row.qty(),
              row.releaseDate(),
              row.dueDate(),
              row.pastDue()),
          row.peggedTo());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
