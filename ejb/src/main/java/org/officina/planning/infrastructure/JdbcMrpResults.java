package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.MrpResult;
import org.officina.planning.model.MrpResults;
import org.officina.planning.model.PegEnd;
import org.officina.planning.model.PlannedOrder;
import org.officina.planning.model.PlanningSnapshot;
import org.officina.shared.infrastructure.BulkRows;
import org.officina.shared.infrastructure.Jdbc;

/**
 * Writes a run's results: its items, its planned orders with their pegging both ways, the pegging
 * of its other ends (demands, open and firm planned orders, stock, safety stock) and its messages,
 * in bulk on the transaction's connection (COPY on PostgreSQL). Whatever an earlier attempt of the
 * same run left is replaced, so a run restarted after a crash ends with exactly one copy of its
 * results.
 */
@Dependent
public class JdbcMrpResults implements MrpResults {

  private static final String[] TABLES = {
    "mrp_item", "mrp_planned_order", "mrp_peg_end", "mrp_message", "mrp_forecast"
  };

  @PersistenceContext EntityManager em;

  @Override
  public void replace(long run, MrpResult result, PlanningSnapshot snapshot) {
    Jdbc jdbc = Jdbc.of(em);
    for (String table : TABLES) {
      jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", p -> p.id(run));
    }
    EndIds ids = new EndIds(result, snapshot);
    items(jdbc, run, result, ids.items);
    plannedOrders(jdbc, run, result, ids);
    otherEnds(jdbc, run, result, ids);
    forecasts(jdbc, run, result, ids);
    messages(jdbc, run, result, snapshot.itemIds(), 1);
    jdbc.analyze(TABLES);
  }

  @Override
  public void amend(long run, MrpResult result, PlanningSnapshot snapshot) {
    Jdbc jdbc = Jdbc.of(em);
    EndIds ids = new EndIds(result, snapshot);
    PlanAmendment amendment =
        new PlanAmendment(
            jdbc, run, result, ids, snapshot.keptCoverage(), snapshot.replacedRanges());
    amendment.deleteReplaced();
    items(jdbc, run, result, ids.items);
    plannedOrders(jdbc, run, result, ids);
    otherEnds(jdbc, run, result, ids);
    forecasts(jdbc, run, result, ids);
    int lastSeq =
        jdbc.query("SELECT MAX(seq) FROM mrp_message WHERE run_id = ?", rs -> rs.getInt(1), run)
            .get(0);
    messages(jdbc, run, result, snapshot.itemIds(), lastSeq + 1);
    amendment.rewriteKeptCoverage();
  }

  /** The database id of each end the result names by its index. */
  static final class EndIds {
    private final long[] items;
    private final PlanningSnapshot snapshot;

    EndIds(MrpResult result, PlanningSnapshot snapshot) {
      this.snapshot = snapshot;
      items = new long[result.itemCount()];
      for (int item = 0; item < items.length; item++) {
        items[item] = snapshot.itemIds().get(result.itemCode(item));
      }
    }

    long item(int index) {
      return items[index];
    }

    long id(PegEnd kind, int index) {
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
          return items[index];
      }
    }
  }

  /** One side of an end's pegging, collected as the text its column keeps. */
  static final class Side implements MrpResult.EndVisitor {
    private final StringBuilder text = new StringBuilder(256);
    private final EndIds ids;

    Side(EndIds ids) {
      this.ids = ids;
    }

    @Override
    public void visit(PegEnd kind, int index, long micro) {
      PeggingText.append(text, kind, ids.id(kind, index), micro);
    }

    /** The text collected since the last call, or null for none. */
    String take() {
      if (text.length() == 0) {
        return null;
      }
      String taken = text.toString();
      text.setLength(0);
      return taken;
    }
  }

  private static void items(Jdbc jdbc, long run, MrpResult result, long[] itemIds) {
    try (BulkRows rows =
        jdbc.bulk(
            "mrp_item",
            "run_id",
            "item_id",
            "low_level_code",
            "on_hand",
            "safety_stock",
            "first_order",
            "order_count")) {
      for (int item = 0; item < itemIds.length; item++) {
        if (!result.planned(item)) {
          continue;
        }
        rows.row(
            run,
            itemIds[item],
            result.lowLevelCode(item),
            new BulkRows.Decimal(MrpResult.quantityText(result.onHandMicro(item))),
            result.safetyStock(item),
            result.firstPlannedNumber(item),
            result.plannedCount(item));
      }
    }
  }

  private static void plannedOrders(Jdbc jdbc, long run, MrpResult result, EndIds ids) {
    Side peggedTo = new Side(ids);
    Side coveredBy = new Side(ids);
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
            "past_due",
            "pegged_to",
            "covered_by")) {
      for (int k = 0; k < result.plannedOrderCount(); k++) {
        int number = result.plannedNumber(k);
        PlannedOrder order = result.plannedOrder(number);
        result.forEachConsumerOf(PegEnd.PLANNED_ORDER, number, peggedTo);
        result.forEachSupplyOf(PegEnd.PLANNED_ORDER, number, coveredBy);
        rows.row(
            run,
            number,
            ids.items[result.plannedItem(number)],
            order.type().name(),
            order.qty(),
            order.releaseDate(),
            order.dueDate(),
            order.pastDue(),
            peggedTo.take(),
            coveredBy.take());
      }
    }
  }

  /**
   * The pegging of the ends that are not planned orders, one row for each that has links, of the
   * items the run planned: a kept item's ends keep their rows.
   */
  private static void otherEnds(Jdbc jdbc, long run, MrpResult result, EndIds ids) {
    Side peggedTo = new Side(ids);
    Side coveredBy = new Side(ids);
    try (BulkRows rows =
        jdbc.bulk("mrp_peg_end", "run_id", "end_kind", "end_id", "pegged_to", "covered_by")) {
      EndWriter writer =
          (kind, index) -> {
            if (!result.planned(result.itemOf(kind, index))) {
              return;
            }
            if (kind != PegEnd.DEMAND && kind != PegEnd.SAFETY_STOCK) {
              result.forEachConsumerOf(kind, index, peggedTo);
            }
            if (kind != PegEnd.OPEN_ORDER && kind != PegEnd.STOCK) {
              result.forEachSupplyOf(kind, index, coveredBy);
            }
            String up = peggedTo.take();
            String down = coveredBy.take();
            if (up != null || down != null) {
              rows.row(run, String.valueOf(PeggingText.code(kind)), ids.id(kind, index), up, down);
            }
          };
      writer.writeAll(PegEnd.DEMAND, result.demandCount());
      writer.writeAll(PegEnd.OPEN_ORDER, result.openOrderCount());
      writer.writeAll(PegEnd.FIRM_PLANNED_ORDER, result.firmOrderCount());
      writer.writeAll(PegEnd.STOCK, result.itemCount());
      writer.writeAll(PegEnd.SAFETY_STOCK, result.itemCount());
    }
  }

  @FunctionalInterface
  private interface EndWriter {
    void write(PegEnd kind, int index);

    default void writeAll(PegEnd kind, int count) {
      for (int index = 0; index < count; index++) {
        write(kind, index);
      }
    }
  }

  /** What sales orders consumed of each forecast and what is left of it as demand. */
  private static void forecasts(Jdbc jdbc, long run, MrpResult result, EndIds ids) {
    try (BulkRows rows =
        jdbc.bulk(
            "mrp_forecast", "run_id", "item_id", "demand_id", "consumed_qty", "remaining_qty")) {
      result.forEachForecast(
          (demand, item, consumed, remaining) ->
              rows.row(
                  run,
                  ids.item(item),
                  ids.id(PegEnd.DEMAND, demand),
                  new BulkRows.Decimal(MrpResult.quantityText(consumed)),
                  new BulkRows.Decimal(MrpResult.quantityText(remaining))));
    }
  }

  /** The run's messages, numbered from the first sequence number given. */
  private static void messages(
      Jdbc jdbc, long run, MrpResult result, Map<String, Long> ids, int firstSeq) {
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
            firstSeq + index,
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
