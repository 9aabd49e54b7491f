package org.officina.execution.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.RoutingOperation;

/**
 * The copy of the bill and the routing that a production order takes when it is made: the primary
 * components of the bill lines valid on its start date (a phantom's own components in its place,
 * consumed at the phantom's operation; a component fixed per order under a phantom needs its
 * quantity once, as MRP has it), each with what the order's quantity needs, scrap included and
 * rounded up to whole units for discrete components; and every operation and sub-operation of the
 * routing with nothing declared yet. Alternates are left to the planner, who edits the copy.
 */
public final class OrderCopy {

  private final Function<String, List<BomLine>> bills;

  /**
   * @param bills the lines of an item's bill (empty when it has none)
   */
  public OrderCopy(Function<String, List<BomLine>> bills) {
    this.bills = bills;
  }

  /**
   * The materials of an order of item starting on date, numbered from 1, each consumed at its
   * operation (the first, for a line that names none), not yet sized.
   */
  public List<OrderMaterial> materials(String item, LocalDate date, int firstOperation) {
    List<OrderMaterial> materials = new ArrayList<>();
    for (BomLine line : valid(item, date)) {
      int seq = line.operationSeq() == 0 ? firstOperation : line.operationSeq();
      explode(materials, line, line.qtyPer(), line.fixedPerOrder(), seq, date);
    }
    List<OrderMaterial> numbered = new ArrayList<>();
    for (OrderMaterial m : materials) {
      numbered.add(
          new OrderMaterial(
              numbered.size() + 1,
              m.item(),
              m.qtyPer(),
              m.perOrder(),
              m.scrapPct(),
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              m.operationSeq(),
              IssueMethod.PICKING_LIST,
              null));
    }
    return numbered;
  }

  /**
   * The materials sized for an order of qty, taken from a warehouse, each issued as its item says
   * (absent: by picking list).
   */
  public static List<OrderMaterial> sized(
      List<OrderMaterial> materials,
      BigDecimal qty,
      String warehouse,
      Map<String, IssueMethod> issueMethods,
      Predicate<String> discrete) {
    return materials.stream()
        .map(
            m ->
                new OrderMaterial(
                    m.line(),
                    m.item(),
                    m.qtyPer(),
                    m.perOrder(),
                    m.scrapPct(),
                    need(m, qty, discrete.test(m.item())),
                    m.issuedQty(),
                    m.operationSeq(),
                    issueMethods.getOrDefault(m.item(), IssueMethod.PICKING_LIST),
                    warehouse))
        .toList();
  }

  /** A line's component, or for a phantom its own components, at any depth, at seq. */
  private void explode(
      List<OrderMaterial> materials,
      BomLine line,
      BigDecimal qtyPer,
      boolean perOrder,
      int seq,
      LocalDate date) {
    if (!line.phantom()) {
      add(materials, line, qtyPer, perOrder, seq);
      return;
    }
    BigDecimal perPhantom = qtyPer.multiply(BigDecimal.ONE.add(line.scrapPct().movePointLeft(2)));
    for (BomLine child : valid(line.component(), date)) {
      if (child.fixedPerOrder()) {
        explode(materials, child, child.qtyPer(), true, seq, date);
      } else {
        explode(materials, child, perPhantom.multiply(child.qtyPer()), perOrder, seq, date);
      }
    }
  }

  private List<BomLine> valid(String item, LocalDate date) {
    return bills.apply(item).stream().filter(l -> !l.alternate() && l.validOn(date)).toList();
  }

  private void add(
      List<OrderMaterial> materials, BomLine line, BigDecimal qtyPer, boolean perOrder, int seq) {
    materials.add(
        new OrderMaterial(
            0,
            line.component(),
            qtyPer,
            perOrder,
            line.scrapPct(),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            seq,
            IssueMethod.PICKING_LIST,
            null));
  }

  /** The materials of an order whose quantity became qty: what each needs now, nothing else. */
  public static List<OrderMaterial> resized(
      List<OrderMaterial> materials, BigDecimal qty, Predicate<String> discrete) {
    return materials.stream()
        .map(m -> m.withRequired(need(m, qty, discrete.test(m.item()))))
        .toList();
  }

  /**
   * What qty of the product needs of a material, scrap included, rounded up to a millionth, and to
   * whole units when discrete; a material fixed per order needs its quantity as soon as anything is
   * made. MRP explodes a planned order the same way, so an order made from it allocates exactly
   * what the plan had its components cover.
   */
  public static BigDecimal need(OrderMaterial material, BigDecimal qty, boolean discrete) {
    if (qty.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal base = material.perOrder() ? material.qtyPer() : material.qtyPer().multiply(qty);
    BigDecimal need = base.multiply(BigDecimal.ONE.add(material.scrapPct().movePointLeft(2)));
    return discrete
        ? need.setScale(0, RoundingMode.CEILING)
        : need.setScale(6, RoundingMode.CEILING).stripTrailingZeros();
  }

  /** The routing's operations and sub-operations in order, as an order's copy. */
  public static List<OrderOperation> operations(List<RoutingOperation> routing) {
    return routing.stream()
        .sorted(Comparator.comparingInt(RoutingOperation::seq))
        .map(
            o ->
                new OrderOperation(
                    o.seq(),
                    o.parentSeq(),
                    o.description(),
                    o.workCenter(),
                    zeroIfNull(o.setupMinutes()),
                    zeroIfNull(o.runMinutes()),
                    zeroIfNull(o.labourMinutes()),
                    zeroIfNull(o.fixedMinutes()),
                    zeroIfNull(o.queueMinutes()),
                    zeroIfNull(o.moveMinutes()),
                    zeroIfNull(o.overlapPct()),
                    o.subcontractor(),
                    o.subcontractCost(),
                    o.tooling(),
                    o.setupFamily(),
                    o.alternateWorkCenters(),
                    OrderOperation.Progress.none()))
        .toList();
  }

  /** The first operation that is not a sub-operation (0 when there is none). */
  public static int firstOperation(List<OrderOperation> operations) {
    return operations.stream()
        .filter(o -> !o.subOperation())
        .mapToInt(OrderOperation::seq)
        .min()
        .orElse(0);
  }

  /** The last operation that is not a sub-operation: its good quantity is received into stock. */
  public static int lastOperation(List<OrderOperation> operations) {
    return operations.stream()
        .filter(o -> !o.subOperation())
        .mapToInt(OrderOperation::seq)
        .max()
        .orElse(0);
  }

  private static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
