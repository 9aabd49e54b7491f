package org.officina.inventory.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.officina.inventory.infrastructure.JdbcStock;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;

/** Stock on hand, changed only through movements. */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class StockService {

  private static final Comparator<String> NONE_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<StockLevel> ORDER =
      Comparator.comparing(StockLevel::item)
          .thenComparing(StockLevel::warehouse)
          .thenComparing(StockLevel::location, NONE_FIRST)
          .thenComparing(StockLevel::lot, NONE_FIRST);

  @Inject JdbcStock stock;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  /** Every stock level with a quantity, by item, warehouse, location and lot. */
  public List<StockLevel> levels() {
    return stock.levels().stream().sorted(ORDER).toList();
  }

  public Page<StockLevel> search(String item, String warehouse, int offset, int limit) {
    return stock.search(item, warehouse, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
  }

  public List<StockMovement> movements(String item, int limit) {
    return stock.movements(item, limit);
  }

  /**
   * Brings the stock levels given to their quantities, each difference a movement with the reason
   * given; returns how many movements were written.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public int setLevels(Collection<StockLevel> levels, MovementReason reason, String reference) {
    stock.saveWarehouses(levels.stream().map(StockLevel::warehouse).toList());
    return stock.setLevels(
        levels, reason, reference, session.getCallerPrincipal().getName(), clock.instant());
  }
}
