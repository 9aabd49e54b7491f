package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Violation;

/**
 * A subcontract order for a whole item (conto lavoro di prodotto): a subcontractor makes qty pieces
 * of an item from the components we ship it, due back on a day; the components must be there by the
 * ship date. It records the pieces back so far (good, scrapped, rejected) and, per component, what
 * was shipped, consumed there and brought back.
 *
 * <p>An order for operations of a production order (conto lavoro di fase) has the production
 * order's pieces and the materials of those operations as components. It is neither supply nor
 * demand for MRP: the production order is both, and what the subcontractor holds of its materials
 * counts against the production order's allocations.
 *
 * @param operations the production order's operations it does, or null for a whole item
 */
public record SubcontractOrder(
    String number,
    String supplier,
    String item,
    BigDecimal qty,
    LocalDate shipDate,
    LocalDate dueDate,
    BigDecimal unitPrice,
    String currency,
    String warehouse,
    SubcontractOrderStatus status,
    BigDecimal good,
    BigDecimal scrapped,
    BigDecimal rejected,
    List<SubcontractComponent> components,
    Operations operations) {

  public static final String NUMBER_PREFIX = "SC-";

  public SubcontractOrder {
    good = zeroIfNull(good);
    scrapped = zeroIfNull(scrapped);
    rejected = zeroIfNull(rejected);
    components = List.copyOf(components);
  }

  /** An order for a whole item. */
  public SubcontractOrder(
      String number,
      String supplier,
      String item,
      BigDecimal qty,
      LocalDate shipDate,
      LocalDate dueDate,
      BigDecimal unitPrice,
      String currency,
      String warehouse,
      SubcontractOrderStatus status,
      BigDecimal good,
      BigDecimal scrapped,
      BigDecimal rejected,
      List<SubcontractComponent> components) {
    this(
        number,
        supplier,
        item,
        qty,
        shipDate,
        dueDate,
        unitPrice,
        currency,
        warehouse,
        status,
        good,
        scrapped,
        rejected,
        components,
        null);
  }

  /**
   * The operations of a production order an order does, in routing order, and the operation whose
   * pieces it ships (null when it opens the routing: then only materials travel).
   */
  public record Operations(String productionOrder, List<Integer> seqs, Integer previousSeq) {
    public Operations {
      seqs = List.copyOf(seqs);
    }

    /** What no two orders alive share: the production order and the first operation. */
    public String key() {
      return productionOrder + "/" + seqs.get(0);
    }
  }

  /** The component on a line. */
  public SubcontractComponent component(int line) {
    return components.stream().filter(c -> c.line() == line).findFirst().orElseThrow();
  }

  /**
   * Whether it still stands: neither cancelled nor closed. An order for operations holds them while
   * it stands; once it ends they may go out again on a new order.
   */
  public boolean alive() {
    return status != SubcontractOrderStatus.CANCELLED && status != SubcontractOrderStatus.CLOSED;
  }

  /**
   * Whether it may be split into an order per operation: it does several, is open and nothing of it
   * has been shipped.
   */
  public boolean splittable() {
    return forOperations()
        && operations.seqs().size() > 1
        && status == SubcontractOrderStatus.OPEN
        && !shippedAnything();
  }

  /** Whether it does operations of a production order rather than make a whole item. */
  public boolean forOperations() {
    return operations != null;
  }

  /**
   * How many of the production order's pieces may go out now: those the operation before passed on,
   * less those shipped (pieces rejected and sent back are scrap of the production order: they do
   * not go again).
   */
  public BigDecimal piecesToShip(BigDecimal passedOn) {
    return components.stream()
        .filter(SubcontractComponent::inProcess)
        .findFirst()
        .map(c -> passedOn.subtract(c.shipped()).max(BigDecimal.ZERO))
        .orElse(BigDecimal.ZERO);
  }

  /** The same order under its number. */
  public SubcontractOrder numbered(String orderNumber) {
    return new SubcontractOrder(
        orderNumber,
        supplier,
        item,
        qty,
        shipDate,
        dueDate,
        unitPrice,
        currency,
        warehouse,
        status,
        good,
        scrapped,
        rejected,
        components,
        operations);
  }

  /** The pieces back so far that consumed components, and those rejected. */
  public SubcontractReturn.SoFar soFar() {
    return new SubcontractReturn.SoFar(good.add(scrapped), rejected);
  }

  /** The pieces back so far, whatever their fate. */
  public BigDecimal done() {
    return good.add(scrapped).add(rejected);
  }

  /** Whether the subcontractor holds anything shipped for it. */
  public boolean holdsMaterial() {
    return components.stream().anyMatch(c -> c.held().signum() > 0);
  }

  public boolean shippedAnything() {
    return components.stream().anyMatch(c -> c.shipped().signum() > 0);
  }

  /** The order after a return: its pieces added, its components as the return left them. */
  public SubcontractOrder returned(SubcontractReturn.Request r, List<SubcontractComponent> after) {
    BigDecimal nowDone = done().add(r.pieces());
    SubcontractOrderStatus next =
        nowDone.compareTo(qty) >= 0
            ? SubcontractOrderStatus.RETURNED
            : nowDone.signum() > 0 ? SubcontractOrderStatus.PARTLY_RETURNED : status;
    return with(
        next, good.add(r.good()), scrapped.add(r.scrapped()), rejected.add(r.rejected()), after);
  }

  /** The order with its components as shipments left them. */
  public SubcontractOrder withComponents(List<SubcontractComponent> after) {
    return with(status, good, scrapped, rejected, after);
  }

  /**
   * Closes an order of which nothing more will come back. Refused while the subcontractor still
   * holds material of it: that material must come back first, or nobody knows where it is.
   */
  public Outcome<SubcontractOrder> close() {
    if (status == SubcontractOrderStatus.CLOSED || status == SubcontractOrderStatus.CANCELLED) {
      return refused("subcontract.cannot.close");
    }
    List<Violation> held =
        components.stream()
            .filter(c -> c.held().signum() > 0)
            .map(
                c ->
                    Violation.of(
                        "components",
                        "subcontract.stillHeld",
                        number,
                        c.item(),
                        c.held().stripTrailingZeros().toPlainString()))
            .toList();
    if (!held.isEmpty()) {
      return Outcome.refused(Outcome.Refusal.CONFLICT, held);
    }
    return new Outcome.Done<>(
        with(SubcontractOrderStatus.CLOSED, good, scrapped, rejected, components));
  }

  /** Cancels an order of which no piece came back; what was shipped is to come back whole. */
  public Outcome<SubcontractOrder> cancel() {
    if (status != SubcontractOrderStatus.OPEN || done().signum() > 0) {
      return refused("subcontract.cannot.cancel");
    }
    return new Outcome.Done<>(
        with(SubcontractOrderStatus.CANCELLED, good, scrapped, rejected, components));
  }

  /**
   * The pieces still out, as MRP's supply: none once nothing more comes back, nor for operations,
   * whose pieces come back into their production order.
   */
  public List<SupplyLine> supply() {
    BigDecimal open = qty.subtract(done()).max(BigDecimal.ZERO);
    if (!status.open() || open.signum() == 0 || forOperations()) {
      return List.of();
    }
    return List.of(
        new SupplyLine(
            SupplyOrderType.SUBCONTRACT, number, 1, item, open, dueDate, true, supplier));
  }

  /**
   * What each component still needs shipped for the pieces still out (the bill for them, less what
   * the subcontractor already holds): dependent demand on the ship date. Stock at the subcontractor
   * thus covers this order and no other. None for operations: their materials are the production
   * order's allocations already.
   */
  public List<Shortfall> toShip() {
    return forOperations() ? List.of() : materialsToShip();
  }

  /**
   * What a delivery note may send now: the materials the pieces still out need, and for operations
   * the production order's pieces that the operation before has passed on and are not out.
   */
  public List<Shortfall> shippable(BigDecimal passedOn) {
    List<Shortfall> shippable = new java.util.ArrayList<>();
    BigDecimal pieces = piecesToShip(passedOn);
    components.stream()
        .filter(SubcontractComponent::inProcess)
        .filter(c -> pieces.signum() > 0)
        .forEach(c -> shippable.add(new Shortfall(c.line(), c.item(), pieces)));
    shippable.addAll(materialsToShip());
    return shippable;
  }

  private List<Shortfall> materialsToShip() {
    if (!status.open()) {
      return List.of();
    }
    BigDecimal out = qty.subtract(done()).max(BigDecimal.ZERO);
    return components.stream()
        .filter(c -> !c.inProcess())
        .map(c -> new Shortfall(c.line(), c.item(), c.byBill(out, qty).subtract(c.held())))
        .filter(s -> s.qty().signum() > 0)
        .toList();
  }

  /** A component still to ship, by line. */
  public record Shortfall(int line, String item, BigDecimal qty) {}

  private SubcontractOrder with(
      SubcontractOrderStatus next,
      BigDecimal nextGood,
      BigDecimal nextScrapped,
      BigDecimal nextRejected,
      List<SubcontractComponent> nextComponents) {
    return new SubcontractOrder(
        number,
        supplier,
        item,
        qty,
        shipDate,
        dueDate,
        unitPrice,
        currency,
        warehouse,
        next,
        nextGood,
        nextScrapped,
        nextRejected,
        nextComponents,
        operations);
  }

  private Outcome<SubcontractOrder> refused(String key) {
    return Outcome.refused(
        Outcome.Refusal.CONFLICT, List.of(Violation.of("status", key, number, status)));
  }

  private static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
