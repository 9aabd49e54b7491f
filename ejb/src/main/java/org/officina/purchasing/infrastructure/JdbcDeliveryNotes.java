package org.officina.purchasing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.purchasing.model.DeliveryNotes;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.model.MasterDataLock;

/**
 * Delivery notes in delivery_note with their lines. Their numbers come from a counter row per year,
 * changed by an update that holds it until the transaction ends: a note rolled back gives its
 * number back.
 */
@Dependent
public class JdbcDeliveryNotes implements DeliveryNotes {

  private static final String NOTE_LINES =
      "SELECT l.note_number, l.line_no, l.order_number, l.component_line, i.code, l.lot, l.qty,"
          + " l.from_warehouse FROM delivery_note_line l JOIN item_key i ON i.id = l.item_id";
  @PersistenceContext EntityManager em;
  @Inject MasterDataLock lock;

  @Override
  public long nextNumber(int year) {
    Jdbc jdbc = Jdbc.of(em);
    int bumped =
        jdbc.update(
            "UPDATE document_counter SET last_no = last_no + 1 WHERE kind = 'DDT' AND year_no = ?",
            p -> p.integer(year));
    if (bumped == 0) {
      // The first note of a year makes the year's row; two at once take turns on the lock, and
      // the second finds the row the first made.
      lock.acquire();
      bumped =
          jdbc.update(
              "UPDATE document_counter SET last_no = last_no + 1"
                  + " WHERE kind = 'DDT' AND year_no = ?",
              p -> p.integer(year));
    }
    if (bumped == 0) {
      jdbc.update(
          "INSERT INTO document_counter (kind, year_no, last_no) VALUES ('DDT', ?, 1)",
          p -> p.integer(year));
    }
    return jdbc.query(
            "SELECT last_no FROM document_counter WHERE kind = 'DDT' AND year_no = ?",
            rs -> rs.getLong(1),
            year)
        .get(0);
  }

  @Override
  public void insertNote(DeliveryNote n, String clientId) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update(
        "INSERT INTO delivery_note (number, client_id, note_date, supplier_code, to_warehouse,"
            + " carrier, reversed, posted_by, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p ->
            p.text(n.number())
                .text(clientId)
                .date(n.date())
                .text(n.supplier())
                .text(n.toWarehouse())
                .text(n.carrier())
                .bool(false)
                .text(n.postedBy())
                .instant(n.postedAt()));
    Map<String, Long> items =
        jdbc.itemIds(n.lines().stream().map(DeliveryNote.Line::item).distinct().toList());
    jdbc.batch(
        "INSERT INTO delivery_note_line (note_number, line_no, order_number, component_line,"
            + " item_id, lot, qty, from_warehouse) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        n.lines(),
        (p, l) ->
            p.text(n.number())
                .integer(l.line())
                .text(l.order())
                .integer(l.componentLine())
                .id(items.get(l.item()))
                .text(l.lot())
                .decimal(l.qty())
                .text(l.fromWarehouse()));
  }

  @Override
  public Optional<DeliveryNote> note(String number) {
    return notes(" WHERE n.number = ?", number).stream().findFirst();
  }

  @Override
  public List<DeliveryNote> notes(String supplier, int limit) {
    return supplier == null
        ? notes(" ORDER BY n.posted_at DESC FETCH FIRST " + limit + " ROWS ONLY")
        : notes(
            " WHERE n.supplier_code = ? ORDER BY n.posted_at DESC FETCH FIRST "
                + limit
                + " ROWS ONLY",
            supplier);
  }

  @Override
  public Optional<DeliveryNote> noteOf(String clientId) {
    return notes(" WHERE n.client_id = ?", clientId).stream().findFirst();
  }

  @Override
  public List<DeliveryNote> notesOf(String order) {
    return notes(
        " WHERE n.number IN (SELECT note_number FROM delivery_note_line WHERE order_number = ?)"
            + " ORDER BY n.posted_at",
        order);
  }

  private List<DeliveryNote> notes(String where, Object... params) {
    Jdbc jdbc = Jdbc.of(em);
    List<DeliveryNote> headers =
        jdbc.query(
            "SELECT n.number, n.note_date, n.supplier_code, n.to_warehouse, n.carrier, n.reversed,"
                + " n.posted_by, n.posted_at FROM delivery_note n"
                + where,
            rs ->
                new DeliveryNote(
                    rs.getString(1),
                    SqlColumns.date(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBoolean(6),
                    rs.getString(7),
                    SqlColumns.instant(rs, "posted_at"),
                    List.of()),
            params);
    if (headers.isEmpty()) {
      return headers;
    }
    Map<String, List<DeliveryNote.Line>> lines = new java.util.HashMap<>();
    jdbc.queryIn(
            NOTE_LINES + " WHERE l.note_number IN (%s) ORDER BY l.note_number, l.line_no",
            headers.stream().map(DeliveryNote::number).toList(),
            rs ->
                Map.entry(
                    rs.getString(1),
                    new DeliveryNote.Line(
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        SqlColumns.decimal(rs, 7),
                        rs.getString(8))))
        .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return headers.stream()
        .map(
            n ->
                new DeliveryNote(
                    n.number(),
                    n.date(),
                    n.supplier(),
                    n.toWarehouse(),
                    n.carrier(),
                    n.reversed(),
                    n.postedBy(),
                    n.postedAt(),
                    lines.getOrDefault(n.number(), List.of())))
        .toList();
  }

  @Override
  public boolean markReversed(String number) {
    return Jdbc.of(em)
            .update(
                "UPDATE delivery_note SET reversed = ? WHERE number = ? AND reversed = ?",
                p -> p.bool(true).text(number).bool(false))
        > 0;
  }
}
