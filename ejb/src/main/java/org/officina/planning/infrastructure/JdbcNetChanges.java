package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.officina.planning.model.NetChanges;
import org.officina.planning.model.PendingChanges;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.model.PlanningDataChanged;

/**
 * The planning file of net change: one entry per plant and changed item, written in the transaction
 * of the change, read by the next run and deleted by it when it commits. A run deletes only the
 * entries it read, so a change committed while it plans waits for the next run.
 */
@Dependent
public class JdbcNetChanges implements NetChanges {

  /**
   * Beyond this many items a change is recorded as "everything": a run that re-plans that much
   * plans nearly as long as a regeneration, and the file stays small.
   */
  static final int MOST_ITEMS = 10_000;

  @PersistenceContext EntityManager em;

  @Override
  public void record(PlanningDataChanged change, Collection<String> plants) {
    Jdbc jdbc = Jdbc.of(em);
    List<String> items = new ArrayList<>();
    if (change.all() || change.items().size() > MOST_ITEMS) {
      items.add(null);
    } else {
      items.addAll(change.items());
    }
    List<String[]> rows = new ArrayList<>();
    for (String plant : plants) {
      for (String item : items) {
        rows.add(new String[] {plant, item});
      }
    }
    long[] ids = jdbc.ids("mrp_net_change_seq", rows.size());
    Instant now = Instant.now();
    int[] next = {0};
    jdbc.batch(
        "INSERT INTO mrp_net_change (id, plant, item_code, changed_at) VALUES (?, ?, ?, ?)",
        rows,
        (p, row) -> p.id(ids[next[0]++]).text(row[0]).text(row[1]).instant(now));
  }

  @Override
  public PendingChanges pending(String plant) {
    List<Long> entries = new ArrayList<>();
    Set<String> items = new HashSet<>();
    boolean[] everything = {false};
    Jdbc.of(em)
        .forEach(
            "SELECT id, item_code FROM mrp_net_change WHERE plant = ?",
            rs -> {
              entries.add(rs.getLong(1));
              String item = rs.getString(2);
              if (item == null) {
                everything[0] = true;
              } else {
                items.add(item);
              }
            },
            plant);
    return new PendingChanges(
        entries.stream().mapToLong(Long::longValue).toArray(),
        items,
        everything[0] || items.size() > MOST_ITEMS);
  }

  @Override
  public void consume(PendingChanges changes) {
    List<Long> ids = Arrays.stream(changes.entries()).boxed().toList();
    Jdbc.of(em).batch("DELETE FROM mrp_net_change WHERE id = ?", ids, (p, id) -> p.id(id));
  }
}
