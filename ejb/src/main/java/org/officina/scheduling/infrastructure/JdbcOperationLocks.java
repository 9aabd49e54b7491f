package org.officina.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.officina.scheduling.model.OperationLock;
import org.officina.scheduling.model.OperationLocks;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.infrastructure.SqlStates;

/** Planners' locks in the database, one row per locked operation. */
@Dependent
public class JdbcOperationLocks implements OperationLocks {

  @PersistenceContext EntityManager em;

  @Override
  public void takeTurn() {
    // the one row of schedule_live is the turn: updating it holds its row lock to the commit
    Jdbc.of(em).update("UPDATE schedule_live SET run_id = run_id WHERE id = 1", p -> {});
  }

  @Override
  public List<OperationLock> all() {
    return Jdbc.of(em)
        .query(
            "SELECT order_number, seq, work_center_code, unit, start_at FROM schedule_lock"
                + " ORDER BY order_number, seq",
            rs ->
                new OperationLock(
                    rs.getString("order_number"),
                    rs.getInt("seq"),
                    rs.getString("work_center_code"),
                    rs.getInt("unit"),
                    SqlColumns.instant(rs, "start_at")));
  }

  @Override
  public boolean lock(OperationLock lock, String user) {
    Jdbc jdbc = Jdbc.of(em);
    int moved =
        jdbc.update(
            "UPDATE schedule_lock SET work_center_code = ?, unit = ?, start_at = ?, locked_by = ?,"
                + " locked_at = ? WHERE order_number = ? AND seq = ?",
            p ->
                p.text(lock.workCenter())
                    .integer(lock.unit())
                    .instant(lock.start())
                    .text(user)
                    .instant(Instant.now())
                    .text(lock.order())
                    .integer(lock.seq()));
    if (moved == 1) {
      return true;
    }
    try {
      jdbc.update(
          "INSERT INTO schedule_lock (order_number, seq, work_center_code, unit, start_at,"
              + " locked_by, locked_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          p ->
              p.text(lock.order())
                  .integer(lock.seq())
                  .text(lock.workCenter())
                  .integer(lock.unit())
                  .instant(lock.start())
                  .text(user)
                  .instant(Instant.now()));
      return true;
    } catch (IllegalStateException e) {
      if (SqlStates.violated(e).orElse(null) == SqlStates.Violated.UNIQUE) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean unlock(String order, int seq) {
    return Jdbc.of(em)
            .update(
                "DELETE FROM schedule_lock WHERE order_number = ? AND seq = ?",
                p -> p.text(order).integer(seq))
        == 1;
  }
}
