package org.officina.execution.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.officina.execution.model.OrderNeeds;
import org.officina.shared.infrastructure.Jdbc;

/** The open orders' materials still to issue, in one query per warehouse. */
@Dependent
public class JdbcOrderNeeds implements OrderNeeds {

  @PersistenceContext EntityManager em;

  @Override
  public Map<String, Map<String, BigDecimal>> before(
      LocalDate day, String warehouse, Collection<String> items, String excluded) {
    Map<String, Map<String, BigDecimal>> needs = new HashMap<>();
    Jdbc.of(em)
        .queryIn(
            "SELECT o.order_number, i.code, SUM(m.required_qty - m.issued_qty)"
                + " FROM order_material m JOIN production_order o ON o.id = m.order_id"
                + " JOIN item_key i ON i.id = m.item_id"
                + " WHERE o.status IN ('PLANNED', 'RELEASED', 'IN_PROGRESS') AND o.start_date < ?"
                + " AND o.order_number <> ? AND m.warehouse_code = ?"
                + " AND m.required_qty > m.issued_qty AND i.code IN (%s)"
                + " GROUP BY o.order_number, i.code",
            items,
            rs ->
                needs
                    .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .put(rs.getString(2), rs.getBigDecimal(3)),
            day,
            excluded,
            warehouse);
    return needs;
  }
}
