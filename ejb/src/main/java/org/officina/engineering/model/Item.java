package org.officina.engineering.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.officina.shared.model.Violation;

/**
 * An item of the item master (anagrafica articolo): anything the plant stocks, makes, buys or has
 * subcontracted. Its code identifies it to people and to other systems; its supply type and
 * lot-sizing policy tell MRP what kind of order to propose and how large; its lead time and safety
 * stock how early and how much to keep. An item only ever holds data that keeps {@link ItemRules};
 * every change records who made it and when.
 */
@Entity
@Table(name = "item")
public class Item {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
  @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 100)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = ItemRules.CODE_MAX_LENGTH)
  private String code;

  @Column(nullable = false, length = ItemRules.DESCRIPTION_MAX_LENGTH)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private UnitOfMeasure uom;

  @Enumerated(EnumType.STRING)
  @Column(name = "supply_type", nullable = false, length = 12)
  private SupplyType supplyType;

  @Column(name = "lead_time_days", nullable = false)
  private int leadTimeDays;

  @Column(name = "lead_time_from_routing", nullable = false)
  private boolean leadTimeFromRouting;

  @Column(length = ItemRules.PLANNER_MAX_LENGTH)
  private String planner;

  @Enumerated(EnumType.STRING)
  @Column(name = "issue_method", nullable = false, length = 12)
  private IssueMethod issueMethod = IssueMethod.PICKING_LIST;

  @Column(name = "consumption_tolerance_pct", precision = 5, scale = 2)
  private BigDecimal consumptionTolerancePct;

  @Enumerated(EnumType.STRING)
  @Column(name = "lot_rule", nullable = false, length = 8)
  private LotRule lotRule;

  @Column(name = "lot_qty", precision = 18, scale = 6)
  private BigDecimal lotQty;

  @Column(name = "lot_min", nullable = false, precision = 18, scale = 6)
  private BigDecimal lotMin;

  @Column(name = "lot_multiple", nullable = false, precision = 18, scale = 6)
  private BigDecimal lotMultiple;

  @Column(name = "lot_periods")
  private Integer lotPeriods;

  @Column(name = "safety_stock", nullable = false, precision = 18, scale = 6)
  private BigDecimal safetyStock;

  @Column(name = "demand_fence_days")
  private Integer demandFenceDays;

  @Column(name = "planning_fence_days")
  private Integer planningFenceDays;

  @Column(name = "consumption_backward_days")
  private Integer consumptionBackwardDays;

  @Column(name = "consumption_forward_days")
  private Integer consumptionForwardDays;

  @Column(name = "early_tolerance_days")
  private Integer earlyToleranceDays;

  @Column(name = "late_tolerance_days")
  private Integer lateToleranceDays;

  @Column(name = "qty_tolerance_pct", precision = 5, scale = 2)
  private BigDecimal qtyTolerancePct;

  @Column(name = "reorder_point", precision = 18, scale = 6)
  private BigDecimal reorderPoint;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  protected Item() {}

  /** A new item from data that keeps the rules; callers check {@link ItemRules} first. */
  public static Item create(ItemData data, String user, Instant at) {
    Item item = new Item();
    item.code = data.code();
    item.apply(data.keeping(item.data()));
    item.createdBy = user;
    item.createdAt = at;
    item.changedBy = user;
    item.changedAt = at;
    return item;
  }

  /**
   * Takes the new master data, unless it is what the item already holds.
   *
   * @return whether anything changed
   */
  public boolean revise(ItemData data, String user, Instant at) {
    if (!code.equals(data.code())) {
      throw new IllegalArgumentException("item " + code + " cannot become " + data.code());
    }
    ItemData wanted = data.keeping(data());
    if (data().equals(wanted)) {
      return false;
    }
    apply(wanted);
    changedBy = user;
    changedAt = at;
    return true;
  }

  /** Takes data that says every field: callers fill what a change leaves unsaid with keeping. */
  private void apply(ItemData data) {
    List<Violation> violations = ItemRules.check(data);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(
          "item " + data.code() + " breaks its rules: " + violations);
    }
    description = data.description();
    uom = data.uom();
    supplyType = data.supplyType();
    leadTimeDays = data.leadTimeDays();
    leadTimeFromRouting = data.leadTimeFromRouting();
    planner = data.planner().isEmpty() ? null : data.planner();
    issueMethod = data.issueMethod();
    consumptionTolerancePct = data.consumptionTolerancePct();
    lotRule = data.lotRule();
    lotQty = data.lotQty();
    lotMin = data.lotMin();
    lotMultiple = data.lotMultiple();
    lotPeriods = data.lotPeriods();
    safetyStock = data.safetyStock();
    PlanningPolicy policy = data.policy();
    demandFenceDays = policy.demandFenceDays();
    planningFenceDays = policy.planningFenceDays();
    consumptionBackwardDays = policy.consumptionBackwardDays();
    consumptionForwardDays = policy.consumptionForwardDays();
    earlyToleranceDays = policy.earlyToleranceDays();
    lateToleranceDays = policy.lateToleranceDays();
    qtyTolerancePct = policy.quantityTolerancePct();
    reorderPoint = policy.reorderPoint();
  }

  public ItemData data() {
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
        planner == null ? "" : planner,
        issueMethod,
        consumptionTolerancePct,
        new PlanningPolicy(
            demandFenceDays,
            planningFenceDays,
            consumptionBackwardDays,
            consumptionForwardDays,
            earlyToleranceDays,
            lateToleranceDays,
            qtyTolerancePct,
            reorderPoint));
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
