package org.officina.planning.web;

import java.util.List;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PlannedOrderRow;
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

  /** Converts the rows that are firm planned orders; the others are left as they are. */
  static boolean convert(MrpRunService runs, List<PlannedOrderRow> rows) {
    List<Long> firmIds =
        rows.stream().map(PlannedOrderRow::firmPlannedOrder).filter(id -> id != null).toList();
    if (firmIds.isEmpty()) {
      Messages.error("mrp.selectFirmFirst");
      return false;
    }
    return report(runs.convert(firmIds), "mrp.converted");
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
