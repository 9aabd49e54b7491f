package org.officina.inventory.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.officina.engineering.application.ItemService;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.MovementRules;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.StockLevels;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.model.MasterDataLock;
import org.officina.shared.model.Page;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

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

  @Inject StockLevels stock;
  @Inject Event<PlanningDataChanged> planningChanges;
  @Inject ItemService items;
  @Inject MasterDataLock lock;
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
   * Posts one movement of stock (a receipt, an issue, a count's adjustment); returns why it was
   * refused, or nothing when it was posted. Stock may not go below zero.
   */
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public List<Violation> post(
      StockLevel.Key key, BigDecimal qty, MovementReason reason, String reference) {
    lock.acquire();
    List<Violation> violations =
        MovementRules.check(key, qty, reason, reference, items.kinds().get(key.item()));
    if (violations.isEmpty()) {
      BigDecimal onHand = stock.onHand(key);
      if (onHand.add(qty).signum() < 0) {
        violations =
            List.of(
                Violation.of("qty", "stock.negative", qty.toPlainString(), onHand.toPlainString()));
      }
    }
    if (!violations.isEmpty()) {
      return violations;
    }
    stock.saveWarehouses(List.of(key.warehouse()));
    String user = session.getCallerPrincipal().getName();
    stock.post(
        List.of(
            new StockMovement(
                0, key, qty, reason, reference == null ? "" : reference, clock.instant(), user)));
    planningChanges.fire(PlanningDataChanged.of(List.of(key.item())));
    return List.of();
  }

  /**
   * Brings the stock levels given to their quantities, each difference a movement with the reason
   * given; returns how many movements were written.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public int setLevels(Collection<StockLevel> levels, MovementReason reason, String reference) {
    stock.saveWarehouses(levels.stream().map(StockLevel::warehouse).toList());
    planningChanges.fire(PlanningDataChanged.of(levels.stream().map(l -> l.key().item()).toList()));
    return stock.setLevels(
        levels, reason, reference, session.getCallerPrincipal().getName(), clock.instant());
  }
}
