package org.officina.inventory.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.inventory.model.Genealogy;
import org.officina.inventory.model.Issue;
import org.officina.inventory.model.IssuedLot;
import org.officina.inventory.model.LotLink;
import org.officina.inventory.model.LotPick;
import org.officina.inventory.model.MaterialFlows;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.Reservation;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.StockLevels;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Material flow for production: stock reserved for orders, issued to them (lots chosen first in,
 * first out unless named), returned, scrapped and received from them, and the genealogy of the lots
 * that went into each product lot. Stock never goes below zero, even when many declarations take
 * from the same lot at once.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class MaterialFlowService {

  @Inject StockLevels stock;
  @Inject MaterialFlows flow;
  @Inject Event<PlanningDataChanged> planningChanges;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  /**
   * What these items have in a warehouse that no reference but this one has reserved; to reserve
   * it, their stock levels are locked first, in one order, so that two reservations at once take
   * turns.
   */
  public Map<String, BigDecimal> free(
      Collection<String> items, String warehouse, String reference, boolean toReserve) {
    if (toReserve) {
      stock.lock(items, warehouse);
    }
    Map<String, BigDecimal> onHand = stock.onHand(items, warehouse);
    Map<String, BigDecimal> reserved = flow.reservedByOthers(items, warehouse, reference);
    Map<String, BigDecimal> free = new HashMap<>();
    for (String item : items) {
      BigDecimal qty = onHand.getOrDefault(item, BigDecimal.ZERO);
      free.put(
          item, qty.subtract(reserved.getOrDefault(item, BigDecimal.ZERO)).max(BigDecimal.ZERO));
    }
    return free;
  }

  /** Where an item is usually kept (see {@link StockLevels#usualWarehouse}). */
  public java.util.Optional<String> usualWarehouse(String item) {
    return stock.usualWarehouse(item);
  }

  public List<Reservation> reservations(String reference) {
    return flow.reservations(reference);
  }

  /** What each of these references has reserved of these items in a warehouse, by reference. */
  public Map<String, Map<String, BigDecimal>> reservedBy(
      Collection<String> references, Collection<String> items, String warehouse) {
    return references.isEmpty() ? Map.of() : flow.reservedBy(references, items, warehouse);
  }

  /** Reserves stock for a reference, in place of what it held. */
  public void reserve(String reference, List<Reservation> reservations) {
    flow.release(reference);
    flow.reserve(reservations.stream().filter(r -> r.qty().signum() > 0).toList());
  }

  /**
   * Uses up what an order's material line reserved, as its material leaves for a subcontractor who
   * will consume it there.
   */
  public void useReservation(String reference, int line, BigDecimal qty) {
    flow.consume(reference, line, qty);
  }

  public void releaseReservations(String reference) {
    flow.release(reference);
  }

  /** The lots of an item a warehouse holds some of. */
  public java.util.Set<String> lotsIn(String item, String warehouse) {
    java.util.Set<String> lots = new java.util.HashSet<>();
    stock.levels(item, warehouse).stream()
        .map(StockLevel::lot)
        .filter(java.util.Objects::nonNull)
        .forEach(lots::add);
    return lots;
  }

  /** The lots an issue would take now, and what stock would not cover. */
  public LotPick.Picks pick(String item, String warehouse, BigDecimal qty, List<String> lots) {
    return LotPick.of(stock.levels(item, warehouse), lots, qty);
  }

  /**
   * Takes material from stock for order lines: the movements, the reservations used up, the
   * genealogy of each lot into its product lot. When stock does not cover an issue, nothing is
   * written and the violations say which material is short, where and by how much.
   */
  public List<Violation> issue(List<Issue> issues) {
    List<Violation> violations = new ArrayList<>();
    List<StockMovement> movements = new ArrayList<>();
    List<LotLink> links = new ArrayList<>();
    Instant now = clock.instant();
    String user = user();
    Map<StockLevel.Key, BigDecimal> taken = new HashMap<>();
    for (Issue issue : issues) {
      List<StockLevel> left =
          stock.levels(issue.item(), issue.warehouse()).stream()
              .map(l -> l.less(taken.getOrDefault(l.key(), BigDecimal.ZERO)))
              .toList();
      LotPick.Picks picks = LotPick.of(left, issue.preferredLots(), issue.qty());
      if (picks.shortfall().signum() > 0) {
        violations.add(shortage(issue, picks.shortfall()));
        continue;
      }
      for (LotPick.Take take : picks.takes()) {
        taken.merge(take.stock(), take.qty(), BigDecimal::add);
        movements.add(
            new StockMovement(
                0,
                take.stock(),
                take.qty().negate(),
                issue.reason(),
                issue.reference(),
                now,
                user));
      }
      links.addAll(Genealogy.of(issue, picks.takes(), now));
    }
    if (violations.isEmpty() && !stock.postWithinStock(movements)) {
      violations.add(Violation.of("qty", "stock.taken"));
    }
    if (!violations.isEmpty()) {
      session.setRollbackOnly();
      return violations;
    }
    issues.forEach(i -> flow.consume(i.reference(), i.line(), i.qty()));
    flow.link(links);
    changed(issues.stream().map(Issue::item).toList());
    return List.of();
  }

  /**
   * A quantity of an item taken from a warehouse (the lots named first, then first in, first out)
   * and put into another warehouse in the same lots, or, with no destination, used up where it is.
   */
  public record Move(
      String item,
      String from,
      List<String> lots,
      BigDecimal qty,
      String to,
      MovementReason reason) {}

  /** A quantity of one lot (null: none) that a move took. */
  public record Moved(String item, String lot, BigDecimal qty, String from, String to) {}

  /**
   * Moves stock for a reference (a delivery note, a subcontract order), all or none: when stock
   * does not cover a move, nothing is written and the violations say which item is short, where and
   * by how much.
   */
  public Outcome<List<Moved>> move(String reference, List<Move> moves) {
    List<Violation> violations = new ArrayList<>();
    List<StockMovement> movements = new ArrayList<>();
    List<Moved> moved = new ArrayList<>();
    Instant now = clock.instant();
    String user = user();
    Map<StockLevel.Key, BigDecimal> taken = new HashMap<>();
    Map<Map.Entry<StockLevel.Key, MovementReason>, BigDecimal> into =
        new java.util.LinkedHashMap<>();
    for (Move m : moves) {
      List<StockLevel> left =
          stock.levels(m.item(), m.from()).stream()
              .map(l -> l.less(taken.getOrDefault(l.key(), BigDecimal.ZERO)))
              .toList();
      LotPick.Picks picks = LotPick.of(left, m.lots(), m.qty());
      if (picks.shortfall().signum() > 0) {
        violations.add(
            Violation.of(
                "qty",
                "stock.short",
                m.item(),
                m.from(),
                m.qty().toPlainString(),
                picks.shortfall().toPlainString()));
        continue;
      }
      for (LotPick.Take take : picks.takes()) {
        taken.merge(take.stock(), take.qty(), BigDecimal::add);
        movements.add(
            new StockMovement(
                0, take.stock(), take.qty().negate(), m.reason(), reference, now, user));
        if (m.to() != null) {
          into.merge(
              Map.entry(new StockLevel.Key(m.item(), m.to(), null, take.stock().lot()), m.reason()),
              take.qty(),
              BigDecimal::add);
        }
        moved.add(new Moved(m.item(), take.stock().lot(), take.qty(), m.from(), m.to()));
      }
    }
    // One movement per level put into: a lot taken from two locations lands in one level.
    into.forEach(
        (where, qty) ->
            movements.add(
                new StockMovement(0, where.getKey(), qty, where.getValue(), reference, now, user)));
    if (violations.isEmpty() && !stock.postWithinStock(movements)) {
      violations.add(Violation.of("qty", "stock.taken"));
    }
    if (!violations.isEmpty()) {
      session.setRollbackOnly();
      return Outcome.invalid(violations);
    }
    changed(moves.stream().map(Move::item).distinct().toList());
    return new Outcome.Done<>(moved);
  }

  /** Records lot genealogy: what went into a product lot. */
  public void link(List<LotLink> links) {
    flow.link(links);
  }

  private static Violation shortage(Issue issue, BigDecimal shortfall) {
    return Violation.of(
        "qty",
        "stock.short",
        issue.item(),
        issue.warehouse(),
        issue.qty().toPlainString(),
        shortfall.toPlainString());
  }

  /**
   * Puts back into stock everything issued to a reference and not yet returned, item by item and
   * warehouse by warehouse, into the lots the latest issues took it from; the lots no longer count
   * as gone into its product.
   */
  public void returnIssued(String reference) {
    List<StockMovement> moves = stock.movementsFor(reference);
    Map<List<String>, BigDecimal> outstanding = new HashMap<>();
    for (StockMovement m : moves) {
      if (m.reason() == MovementReason.ISSUE || m.reason() == MovementReason.RETURN) {
        outstanding.merge(
            List.of(m.stock().item(), m.stock().warehouse()), m.qty().negate(), BigDecimal::add);
      }
    }
    Map<StockLevel.Key, BigDecimal> back = new java.util.LinkedHashMap<>();
    for (int k = moves.size() - 1; k >= 0; k--) {
      StockMovement m = moves.get(k);
      List<String> where = List.of(m.stock().item(), m.stock().warehouse());
      BigDecimal left = outstanding.getOrDefault(where, BigDecimal.ZERO);
      if (m.reason() == MovementReason.ISSUE && left.signum() > 0) {
        BigDecimal qty = left.min(m.qty().negate());
        back.merge(m.stock(), qty, BigDecimal::add);
        outstanding.put(where, left.subtract(qty));
      }
    }
    List<StockMovement> returns =
        back.entrySet().stream()
            .map(e -> movement(e.getKey(), e.getValue(), MovementReason.RETURN, reference))
            .toList();
    stock.post(returns);
    flow.unlink(reference);
    changed(returns.stream().map(r -> r.stock().item()).distinct().toList());
  }

  /** Puts material back into stock from an order (a lot and location as it came back). */
  public void returnToStock(String reference, StockLevel.Key where, BigDecimal qty) {
    stock.saveWarehouses(List.of(where.warehouse()));
    stock.post(List.of(movement(where, qty, MovementReason.RETURN, reference)));
    changed(List.of(where.item()));
  }

  /** Receives what an order made into stock, into its lot. */
  public void receive(String reference, StockLevel.Key where, BigDecimal qty) {
    stock.saveWarehouses(List.of(where.warehouse()));
    stock.post(List.of(movement(where, qty, MovementReason.RECEIPT, reference)));
    changed(List.of(where.item()));
  }

  /** What a reference (an order) still holds of what was issued to it, lot by lot. */
  public Map<IssuedLot, BigDecimal> issuedTo(String reference) {
    return IssuedLot.outstanding(stock.movementsFor(reference));
  }

  public List<StockMovement> movementsFor(String reference) {
    return stock.movementsFor(reference);
  }

  /** What went into a product lot. */
  public List<LotLink> madeOf(String item, String lot) {
    return flow.madeOf(item, lot);
  }

  /** Which product lots a component lot went into. */
  public List<LotLink> usedIn(String item, String lot) {
    return flow.usedIn(item, lot);
  }

  private StockMovement movement(
      StockLevel.Key where, BigDecimal qty, MovementReason reason, String reference) {
    return new StockMovement(0, where, qty, reason, reference, clock.instant(), user());
  }

  private void changed(Collection<String> items) {
    planningChanges.fire(PlanningDataChanged.of(items));
  }

  private String user() {
    return session.getCallerPrincipal().getName();
  }
}
