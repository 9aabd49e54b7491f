package org.officina.planning.web;

import java.util.List;
import java.util.Map;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.MessageSearch;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.shared.model.Page;
import org.officina.shared.web.PagedTable;
import org.primefaces.model.FilterMeta;

/**
 * The pages of a run's planned orders and messages that the workbench's lazy tables read, by the
 * tables' filters; no run chosen, no rows.
 */
final class RunPages {

  private RunPages() {}

  static Page<PlannedOrderRow> plannedOrders(
      MrpRunService runs, Long runId, Map<String, FilterMeta> filterBy, int first, int size) {
    return runId == null
        ? new Page<>(List.of(), 0)
        : runs.plannedOrders(runId, PagedTable.filter(filterBy, "item"), first, size);
  }

  static Page<ActionMessage> messages(
      MrpRunService runs, Long runId, Map<String, FilterMeta> filterBy, int first, int size) {
    if (runId == null) {
      return new Page<>(List.of(), 0);
    }
    String type = PagedTable.filter(filterBy, "type");
    return runs.messages(
        runId,
        new MessageSearch(
            type == null ? null : MessageType.valueOf(type),
            PagedTable.filter(filterBy, "item"),
            PagedTable.filter(filterBy, "planner")),
        first,
        size);
  }
}
