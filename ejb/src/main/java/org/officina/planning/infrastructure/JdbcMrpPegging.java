package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.MrpPegging;
import org.officina.planning.model.PegEnd;
import org.officina.planning.model.PeggingNode;
import org.officina.planning.model.PlannedOrder;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * Reads a stored run's pegging, one level at a time in either direction: an end's row holds the
 * ends at the other side of its links ({@link PeggingText}), which are then named and dated with
 * one query per kind of end.
 */
@Dependent
public class JdbcMrpPegging implements MrpPegging {

  private static final String UP = "pegged_to";
  private static final String DOWN = "covered_by";

  @PersistenceContext EntityManager em;

  @Override
  public List<PeggingNode> suppliesOf(long run, PegEnd consumer, long id) {
    return nodes(run, PeggingText.parse(side(run, consumer, id, DOWN)), true);
  }

  @Override
  public List<PeggingNode> consumersOf(long run, PegEnd supply, long id) {
    return nodes(run, PeggingText.parse(side(run, supply, id, UP)), false);
  }

  private String side(long run, PegEnd kind, long id, String column) {
    List<String> text =
        kind == PegEnd.PLANNED_ORDER
            ? Jdbc.of(em)
                .query(
                    "SELECT " + column + " FROM mrp_planned_order WHERE run_id = ? AND number = ?",
                    rs -> rs.getString(1),
                    run,
                    id)
            : Jdbc.of(em)
                .query(
                    "SELECT "
                        + column
                        + " FROM mrp_peg_end WHERE run_id = ? AND end_kind = ? AND end_id = ?",
                    rs -> rs.getString(1),
                    run,
                    String.valueOf(PeggingText.code(kind)),
                    id);
    return text.isEmpty() ? null : text.get(0);
  }

  @Override
  public List<PeggingNode> requirementsOf(long run, long itemId, int firstOrder, int orderCount) {
    Jdbc jdbc = Jdbc.of(em);
    List<PeggingText.Entry> consumers = new ArrayList<>();
    Jdbc.RowHandler add = rs -> consumers.addAll(PeggingText.parse(rs.getString(1)));
    jdbc.forEach(
        "SELECT pegged_to FROM mrp_planned_order WHERE run_id = ? AND number BETWEEN ? AND ?",
        add,
        run,
        firstOrder,
        firstOrder + orderCount - 1);
    jdbc.forEach(
        "SELECT e.pegged_to FROM mrp_peg_end e JOIN supply_line s ON e.end_kind = 'O'"
            + " AND s.id = e.end_id WHERE e.run_id = ? AND s.item_id = ?"
            + " UNION ALL SELECT e.pegged_to FROM mrp_peg_end e JOIN firm_planned_order f"
            + " ON e.end_kind = 'F' AND f.id = e.end_id WHERE e.run_id = ? AND f.item_id = ?"
            + " UNION ALL SELECT pegged_to FROM mrp_peg_end WHERE run_id = ? AND end_kind = 'S'"
            + " AND end_id = ?",
        add,
        run,
        itemId,
        run,
        itemId,
        run,
        itemId);
    consumers.removeIf(entry -> entry.kind() == PegEnd.SAFETY_STOCK);
    return nodes(run, consumers, false);
  }

  @Override
  public Optional<PeggingNode> top(long run, PegEnd kind, long id) {
    Jdbc jdbc = Jdbc.of(em);
    if (kind == PegEnd.PLANNED_ORDER) {
      return jdbc
          .query(
              "SELECT i.code, o.qty, o.due_date FROM mrp_planned_order o"
                  + " JOIN item_key i ON i.id = o.item_id WHERE o.run_id = ? AND o.number = ?",
              rs ->
                  new PeggingNode(
                      kind,
                      id,
                      PlannedOrder.reference((int) id),
                      rs.getString(1),
                      SqlColumns.decimal(rs, "qty"),
                      SqlColumns.date(rs, "due_date"),
                      List.of()),
              run,
              id)
          .stream()
          .findFirst();
    }
    return jdbc
        .query(
            "SELECT l.order_number, l.line_no, i.code, l.qty, l.due_date FROM demand_line l"
                + " JOIN item_key i ON i.id = l.item_id WHERE l.id = ?",
            rs ->
                new PeggingNode(
                    kind,
                    id,
                    rs.getString(1) + "/" + rs.getInt(2),
                    rs.getString(3),
                    SqlColumns.decimal(rs, "qty"),
                    SqlColumns.date(rs, "due_date"),
                    List.of()),
            id)
        .stream()
        .findFirst();
  }

  @Override
  public Map<Long, String> demandReferences(long run) {
    Map<Long, String> references = new HashMap<>();
    Jdbc.of(em)
        .forEach(
            "SELECT d.id, d.order_number, d.line_no FROM mrp_peg_end e"
                + " JOIN demand_line d ON d.id = e.end_id WHERE e.run_id = ? AND e.end_kind = 'D'",
            rs -> references.put(rs.getLong(1), rs.getString(2) + "/" + rs.getInt(3)),
            run);
    return references;
  }

  @Override
  public Map<Long, String> demandReferences(Collection<Long> ids) {
    Map<Long, String> references = new HashMap<>();
    Jdbc.of(em)
        .queryIn(
            "SELECT id, order_number, line_no FROM demand_line WHERE id IN (%s)",
            ids, rs -> references.put(rs.getLong(1), rs.getString(2) + "/" + rs.getInt(3)));
    return references;
  }

  /** How a node is named and dated; a row deleted since the run is named by its kind and id. */
  private record Detail(String reference, String item, LocalDate date) {}

  /**
   * The entries as nodes, in their stored order: supplies dated when they are due, consumers when
   * they need the supply.
   */
  private List<PeggingNode> nodes(long run, List<PeggingText.Entry> entries, boolean supplies) {
    Map<PegEnd, Set<Long>> ids = new EnumMap<>(PegEnd.class);
    for (PeggingText.Entry entry : entries) {
      ids.computeIfAbsent(entry.kind(), kind -> new LinkedHashSet<>()).add(entry.id());
    }
    Map<PegEnd, Map<Long, Detail>> details = new EnumMap<>(PegEnd.class);
    ids.forEach((kind, some) -> details.put(kind, details(run, kind, some, supplies)));
    List<PeggingNode> nodes = new ArrayList<>(entries.size());
    for (PeggingText.Entry entry : entries) {
      Detail detail =
          details
              .get(entry.kind())
              .getOrDefault(
                  entry.id(),
                  new Detail(PeggingText.code(entry.kind()) + "" + entry.id(), null, null));
      nodes.add(
          new PeggingNode(
              entry.kind(),
              entry.id(),
              detail.reference(),
              detail.item(),
              entry.qty(),
              detail.date(),
              List.of()));
    }
    return nodes;
  }

  private Map<Long, Detail> details(long run, PegEnd kind, Set<Long> ids, boolean supply) {
    Map<Long, Detail> details = new HashMap<>();
    Jdbc jdbc = Jdbc.of(em);
    switch (kind) {
      case PLANNED_ORDER:
        jdbc.queryIn(
            "SELECT o.number, i.code, o.release_date, o.due_date FROM mrp_planned_order o"
                + " JOIN item_key i ON i.id = o.item_id WHERE o.run_id = ? AND o.number IN (%s)",
            ids,
            rs ->
                details.put(
                    rs.getLong(1),
                    new Detail(
                        PlannedOrder.reference(rs.getInt(1)),
                        rs.getString(2),
                        SqlColumns.date(rs, supply ? "due_date" : "release_date"))),
            run);
        break;
      case FIRM_PLANNED_ORDER:
        jdbc.queryIn(
            "SELECT f.id, i.code, f.release_date, f.due_date FROM firm_planned_order f"
                + " JOIN item_key i ON i.id = f.item_id WHERE f.id IN (%s)",
            ids,
            rs ->
                details.put(
                    rs.getLong(1),
                    new Detail(
                        FirmPlannedOrder.reference(rs.getLong(1)),
                        rs.getString(2),
                        SqlColumns.date(rs, supply ? "due_date" : "release_date"))));
        break;
      case OPEN_ORDER:
      case DEMAND:
        jdbc.queryIn(
            "SELECT l.id, l.order_number, l.line_no, i.code, l.due_date FROM "
                + (kind == PegEnd.DEMAND ? "demand_line" : "supply_line")
                + " l JOIN item_key i ON i.id = l.item_id WHERE l.id IN (%s)",
            ids,
            rs ->
                details.put(
                    rs.getLong(1),
                    new Detail(
                        rs.getString(2) + "/" + rs.getInt(3),
                        rs.getString(4),
                        SqlColumns.date(rs, "due_date"))));
        break;
      default:
        jdbc.queryIn(
            "SELECT id, code FROM item_key WHERE id IN (%s)",
            ids,
            rs ->
                details.put(
                    rs.getLong(1),
                    new Detail(
                        kind == PegEnd.STOCK ? "STOCK" : "SAFETY_STOCK", rs.getString(2), null)));
    }
    return details;
  }
}
