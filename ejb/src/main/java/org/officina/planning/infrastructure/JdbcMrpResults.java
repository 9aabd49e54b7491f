package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.MrpResult;
import org.officina.planning.model.PegEnd;
import org.officina.planning.model.PlannedOrder;
import org.officina.shared.infrastructure.BulkRows;
import org.officina.shared.infrastructure.Jdbc;

/**
 * Writes a run's results: its planned orders, pegging links and messages, in bulk on the
 * transaction's connection (COPY on PostgreSQL). Whatever an earlier attempt of the same run left
 * is replaced, so a run restarted after a crash ends with exactly one copy of its results.
 */
@Dependent
public class JdbcMrpResults {

  private static final String[] TABLES = {
    "mrp_item", "mrp_planned_order", "mrp_pegging", "mrp_message"
  };

  @PersistenceContext EntityManager em;

  public void replace(long run, MrpResult result, PlanningSnapshot snapshot) {
    Jdbc jdbc = Jdbc.of(em);
    for (String table : TABLES) {
      jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", p -> p.id(run));
    }
    long[] itemIds = itemIds(result, snapshot.itemIds());
    items(jdbc, run, result, itemIds);
    plannedOrders(jdbc, run, result, itemIds);
    pegging(jdbc, run, result, snapshot, itemIds);
    messages(jdbc, run, result, snapshot.itemIds());
    jdbc.analyze(TABLES);
  }

  private static long[] itemIds(MrpResult result, Map<String, Long> ids) {
    long[] itemIds = new long[result.itemCount()];
    for (int item = 0; item < itemIds.length; item++) {
      itemIds[item] = ids.get(result.itemCode(item));
    }
    return itemIds;
  }

  private static void items(Jdbc jdbc, long run, MrpResult result, long[] itemIds) {
    try (BulkRows rows =
        jdbc.bulk("mrp_item", "run_id", "item_id", "low_level_code", "on_hand", "safety_stock")) {
      for (int item = 0; item < itemIds.length; item++) {
        rows.row(
            run,
            itemIds[item],
            result.lowLevelCode(item),
            new BulkRows.Decimal(MrpResult.quantityText(result.onHandMicro(item))),
            result.safetyStock(item));
      }
    }
  }

  private static void plannedOrders(Jdbc jdbc, long run, MrpResult result, long[] itemIds) {
    try (BulkRows rows =
        jdbc.bulk(
            "mrp_planned_order",
            "run_id",
            "number",
            "item_id",
            "order_type",
            "qty",
            "release_date",
            "due_date",
            "past_due")) {
      for (int number = 1; number <= result.plannedOrderCount(); number++) {
        PlannedOrder order = result.plannedOrder(number);
        rows.row(
            run,
            number,
            itemIds[result.plannedItem(number)],
            order.type().name(),
            order.qty(),
            order.releaseDate(),
            order.dueDate(),
            order.pastDue());
      }
    }
  }

  private static void pegging(
      Jdbc jdbc, long run, MrpResult result, PlanningSnapshot snapshot, long[] itemIds) {
    try (BulkRows rows =
        jdbc.bulk(
            "mrp_pegging",
            "run_id",
            "supply_kind",
            "supply_id",
            "consumer_kind",
            "consumer_id",
            "item_id",
            "qty")) {
      result.forEachLink(
          (supplyKind, supply, consumerKind, consumer, item, micro) ->
              rows.row(
                  run,
                  PeggingKinds.code(supplyKind),
                  id(supplyKind, supply, snapshot, itemIds),
                  PeggingKinds.code(consumerKind),
                  id(consumerKind, consumer, snapshot, itemIds),
                  itemIds[item],
                  new BulkRows.Decimal(MrpResult.quantityText(micro))));
    }
  }

  /** The database id of one end of a link: a planned order's number, or a row's id. */
  private static long id(PegEnd kind, int index, PlanningSnapshot snapshot, long[] itemIds) {
    switch (kind) {
      case PLANNED_ORDER:
        return index;
      case OPEN_ORDER:
        return snapshot.openOrderIds()[index];
      case FIRM_PLANNED_ORDER:
        return snapshot.firmOrderIds()[index];
      case DEMAND:
        return snapshot.demandIds()[index];
      default:
        return itemIds[index];
    }
  }

  private static void messages(Jdbc jdbc, long run, MrpResult result, Map<String, Long> ids) {
    try (BulkRows rows =
        jdbc.bulk(
            "mrp_message",
            "run_id",
            "seq",
            "message_type",
            "item_id",
            "reference",
            "order_date",
            "suggested_date",
            "qty")) {
      for (int index = 0; index < result.messageCount(); index++) {
        ActionMessage message = result.message(index);
        rows.row(
            run,
            index + 1,
            message.type().name(),
            ids.get(message.item()),
            message.reference(),
            message.date(),
            message.suggestedDate(),
            message.qty());
      }
    }
  }
}
