package org.officina.planning.web;

import java.util.List;
import org.officina.execution.application.FirmOrderConversionService;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;

/**
 * Firming a run's planned orders and converting firm ones into open orders from the workbench, with
 * the messages that tell the planner how it went. Each answers whether the change was made, so that
 * the view can clear its selection.
 */
final class PlannedOrderChanges {

  private PlannedOrderChanges() {}

  static boolean firm(MrpRunService runs, Long runId, List<PlannedOrderRow> rows) {
    List<Integer> numbers = rows.stream().map(PlannedOrderRow::number).toList();
    if (numbers.isEmpty()) {
      Messages.error("mrp.selectFirst");
      return false;
    }
    return report(runs.firm(runId, numbers), "mrp.firmed");
  }

  /**
   * Converts the rows that are firm planned orders not yet converted into what each kind makes (a
   * production order for a make order), and names the orders made; the other rows are left as they
   * are.
   */
  static boolean convert(FirmOrderConversionService conversion, List<PlannedOrderRow> rows) {
    List<Long> firmIds =
        rows.stream()
            .filter(row -> row.firmPlannedOrder() != null && row.convertedTo() == null)
            .map(PlannedOrderRow::firmPlannedOrder)
            .toList();
    if (firmIds.isEmpty()) {
      Messages.error("mrp.selectFirmFirst");
      return false;
    }
    Outcome<List<String>> made = conversion.convert(firmIds);
    if (made instanceof Outcome.Refused<List<String>> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return false;
    }
    Messages.info("mrp.converted", String.join(", ", ((Outcome.Done<List<String>>) made).value()));
    return true;
  }

  private static boolean report(OrderChange change, String done) {
    if (change.violations().isEmpty()) {
      Messages.info(done, change.ids().size());
      return true;
    }
    change.violations().forEach(v -> Messages.violation(null, null, v));
    return false;
  }
}
