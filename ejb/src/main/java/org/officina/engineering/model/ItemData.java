package org.officina.engineering.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a person or another system says about an item: the values of its master data, not yet
 * checked. {@link ItemRules} tells whether they may become an {@link Item}. Absent optional
 * quantities are {@code null}; the lot-sizing fields that the format defaults to 0 are normalised
 * to 0 here, so that equal items compare equal. A made item whose lead time comes from its routing
 * plans each order with what its operations take, and its fixed lead time only without a routing.
 * The planner is who looks after the item: MRP's messages are filtered by planner. The issue method
 * says how the item goes to the production orders that consume it. The consumption tolerance, in
 * percent, is how far a subcontractor may consume more or less of it than the bill says (material
 * that stretches or shrinks). Its planning parameters are its time fences, forecast consumption
 * windows and message tolerances. These five are Officina's own, unknown to the shared format: null
 * means not said, and a change that does not say them keeps the item's (an empty planner says
 * nobody).
 */
public record ItemData(
    String code,
    String description,
    UnitOfMeasure uom,
    SupplyType supplyType,
    Integer leadTimeDays,
    LotRule lotRule,
    BigDecimal lotQty,
    BigDecimal lotMin,
    BigDecimal lotMultiple,
    Integer lotPeriods,
    BigDecimal safetyStock,
    Boolean leadTimeFromRouting,
    String planner,
    IssueMethod issueMethod,
    BigDecimal consumptionTolerancePct,
    PlanningPolicy planning) {

  /** This item, with what it does not say of Officina's own fields taken from the current one. */
  public ItemData keeping(ItemData current) {
    return new ItemData(
        code,
        description,
        uom,
        supplyType,
        leadTimeDays,
        lotRule,
        lotQty,
        lotMin,
        lotMultiple,
        lotPeriods,
        safetyStock,
        leadTimeFromRouting == null ? current.leadTimeFromRouting() : leadTimeFromRouting,
        planner == null ? current.planner() : planner,
        issueMethod == null ? current.issueMethod() : issueMethod,
        consumptionTolerancePct == null
            ? current.consumptionTolerancePct()
            : consumptionTolerancePct,
        planning == null ? current.planning() : planning);
  }

  /**
   * An item with some of Officina's own fields said, its consumption tolerance and planning
   * parameters not (kept when it changes).
   */
  public ItemData(
      String code,
      String description,
      UnitOfMeasure uom,
      SupplyType supplyType,
      Integer leadTimeDays,
      LotRule lotRule,
      BigDecimal lotQty,
      BigDecimal lotMin,
      BigDecimal lotMultiple,
      Integer lotPeriods,
      BigDecimal safetyStock,
      Boolean leadTimeFromRouting,
      String planner,
      IssueMethod issueMethod) {
    this(
        code,
        description,
        uom,
        supplyType,
        leadTimeDays,
        lotRule,
        lotQty,
        lotMin,
        lotMultiple,
        lotPeriods,
        safetyStock,
        leadTimeFromRouting,
        planner,
        issueMethod,
        null,
        null);
  }

  /** This item with these planning parameters. */
  public ItemData withPlanning(PlanningPolicy policy) {
    return new ItemData(
        code,
        description,
        uom,
        supplyType,
        leadTimeDays,
        lotRule,
        lotQty,
        lotMin,
        lotMultiple,
        lotPeriods,
        safetyStock,
        leadTimeFromRouting,
        planner,
        issueMethod,
        consumptionTolerancePct,
        policy);
  }

  /** Its planning parameters, none when not said. */
  public PlanningPolicy policy() {
    return planning == null ? PlanningPolicy.NONE : planning;
  }

  /** An item as the shared exchange format describes it, without Officina's own fields. */
  public ItemData(
      String code,
      String description,
      UnitOfMeasure uom,
      SupplyType supplyType,
      Integer leadTimeDays,
      LotRule lotRule,
      BigDecimal lotQty,
      BigDecimal lotMin,
      BigDecimal lotMultiple,
      Integer lotPeriods,
      BigDecimal safetyStock) {
    this(
        code,
        description,
        uom,
        supplyType,
        leadTimeDays,
        lotRule,
        lotQty,
        lotMin,
        lotMultiple,
        lotPeriods,
        safetyStock,
        null,
        null,
        null);
  }

  public ItemData {
    description = description == null ? "" : description;
    lotQty = normalise(lotQty);
    lotMin = normalise(Objects.requireNonNullElse(lotMin, BigDecimal.ZERO));
    lotMultiple = normalise(Objects.requireNonNullElse(lotMultiple, BigDecimal.ZERO));
    safetyStock = normalise(Objects.requireNonNullElse(safetyStock, BigDecimal.ZERO));
    planner = planner == null ? null : planner.strip();
    consumptionTolerancePct = normalise(consumptionTolerancePct);
  }

  /** An item with the exchange format's defaults: bought, in pieces, lot for lot, no lead time. */
  public static ItemData withDefaults(String code) {
    return new ItemData(
        code, "", UnitOfMeasure.PCS, SupplyType.BUY, 0, LotRule.LFL, null, null, null, null, null);
  }

  private static BigDecimal normalise(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
