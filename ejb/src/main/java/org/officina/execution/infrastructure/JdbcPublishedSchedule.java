package org.officina.execution.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.officina.execution.model.PublishedSchedule;
import org.officina.execution.model.ScheduledSlot;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/** The published schedule's slots, from the read model scheduling publishes. */
@Dependent
public class JdbcPublishedSchedule implements PublishedSchedule {

  @PersistenceContext EntityManager em;

  @Override
  public Map<String, ScheduledSlot> slots(Collection<String> orders) {
    Map<String, ScheduledSlot> slots = new HashMap<>();
    Jdbc.of(em)
        .queryIn(
            "SELECT order_number, seq, work_center_code, unit, start_minute, end_minute, origin"
                + " FROM published_schedule_operation WHERE order_number IN (%s)",
            orders,
            rs -> {
              Instant origin = SqlColumns.instant(rs, "origin");
              return Map.entry(
                  PublishedSchedule.key(rs.getString("order_number"), rs.getInt("seq")),
                  new ScheduledSlot(
                      rs.getString("work_center_code"),
                      rs.getInt("unit"),
                      origin.plusSeconds(60 * rs.getLong("start_minute")),
                      origin.plusSeconds(60 * rs.getLong("end_minute"))));
            })
        .forEach(slot -> slots.put(slot.getKey(), slot.getValue()));
    return slots;
  }

  @Override
  public Set<String> ordersAt(Collection<String> workCenters) {
    return new HashSet<>(
        Jdbc.of(em)
            .queryIn(
                "SELECT DISTINCT order_number FROM published_schedule_operation"
                    + " WHERE work_center_code IN (%s)",
                workCenters, rs -> rs.getString(1)));
  }
}
