package org.officina.engineering.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.PlanningPolicy;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;

/** The item dialog's fields while a person edits them. */
public class ItemForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private final boolean creating;
  private final Long version;
  private String code;
  private String description;
  private UnitOfMeasure uom;
  private SupplyType supplyType;
  private Integer leadTimeDays;
  private LotRule lotRule;
  private BigDecimal lotQty;
  private BigDecimal lotMin;
  private BigDecimal lotMultiple;
  private Integer lotPeriods;
  private BigDecimal safetyStock;
  private boolean leadTimeFromRouting;
  private String planner;
  private IssueMethod issueMethod;
  private BigDecimal consumptionTolerancePct;
  private Integer demandFenceDays;
  private Integer planningFenceDays;
  private Integer consumptionBackwardDays;
  private Integer consumptionForwardDays;
  private Integer earlyToleranceDays;
  private Integer lateToleranceDays;
  private BigDecimal quantityTolerancePct;
  private BigDecimal reorderPoint;

  private ItemForm(ItemData data, boolean creating, Long version) {
    this.creating = creating;
    this.version = version;
    code = data.code();
    description = data.description();
    uom = data.uom();
    supplyType = data.supplyType();
    leadTimeDays = data.leadTimeDays();
    lotRule = data.lotRule();
    lotQty = data.lotQty();
    lotMin = data.lotMin();
    lotMultiple = data.lotMultiple();
    lotPeriods = data.lotPeriods();
    safetyStock = data.safetyStock();
    leadTimeFromRouting = Boolean.TRUE.equals(data.leadTimeFromRouting());
    planner = data.planner();
    issueMethod = data.issueMethod() == null ? IssueMethod.PICKING_LIST : data.issueMethod();
    consumptionTolerancePct = data.consumptionTolerancePct();
    PlanningPolicy policy = data.policy();
    demandFenceDays = policy.demandFenceDays();
    planningFenceDays = policy.planningFenceDays();
    consumptionBackwardDays = policy.consumptionBackwardDays();
    consumptionForwardDays = policy.consumptionForwardDays();
    earlyToleranceDays = policy.earlyToleranceDays();
    lateToleranceDays = policy.lateToleranceDays();
    quantityTolerancePct = policy.quantityTolerancePct();
    reorderPoint = policy.reorderPoint();
  }

  static ItemForm blank() {
    return new ItemForm(ItemData.withDefaults(""), true, null);
  }

  static ItemForm of(ItemRow row) {
    return new ItemForm(row.data(), false, row.getVersion());
  }

  ItemData data() {
    return new ItemData(
        code == null ? "" : code.strip(),
        description == null ? "" : description.strip(),
        uom,
        supplyType,
        leadTimeDays,
        lotRule,
        lotRule == LotRule.FOQ ? lotQty : null,
        lotRule == LotRule.MIN_MULT ? lotMin : null,
        lotRule == LotRule.MIN_MULT ? lotMultiple : null,
        lotRule == LotRule.POQ ? lotPeriods : null,
        safetyStock,
        leadTimeFromRouting,
        planner == null ? "" : planner,
        issueMethod,
        // The form says every field: left empty, the item has no tolerance.
        consumptionTolerancePct == null ? BigDecimal.ZERO : consumptionTolerancePct,
        new PlanningPolicy(
            demandFenceDays,
            planningFenceDays,
            consumptionBackwardDays,
            consumptionForwardDays,
            earlyToleranceDays,
            lateToleranceDays,
            quantityTolerancePct,
            reorderPoint));
  }

  public BigDecimal getConsumptionTolerancePct() {
    return consumptionTolerancePct;
  }

  public void setConsumptionTolerancePct(BigDecimal pct) {
    consumptionTolerancePct = pct;
  }

  public Integer getDemandFenceDays() {
    return demandFenceDays;
  }

  public void setDemandFenceDays(Integer days) {
    demandFenceDays = days;
  }

  public Integer getPlanningFenceDays() {
    return planningFenceDays;
  }

  public void setPlanningFenceDays(Integer days) {
    planningFenceDays = days;
  }

  public Integer getConsumptionBackwardDays() {
    return consumptionBackwardDays;
  }

  public void setConsumptionBackwardDays(Integer days) {
    consumptionBackwardDays = days;
  }

  public Integer getConsumptionForwardDays() {
    return consumptionForwardDays;
  }

  public void setConsumptionForwardDays(Integer days) {
    consumptionForwardDays = days;
  }

  public Integer getEarlyToleranceDays() {
    return earlyToleranceDays;
  }

  public void setEarlyToleranceDays(Integer days) {
    earlyToleranceDays = days;
  }

  public Integer getLateToleranceDays() {
    return lateToleranceDays;
  }

  public void setLateToleranceDays(Integer days) {
    lateToleranceDays = days;
  }

  public BigDecimal getQuantityTolerancePct() {
    return quantityTolerancePct;
  }

  public void setQuantityTolerancePct(BigDecimal pct) {
    quantityTolerancePct = pct;
  }

  public BigDecimal getReorderPoint() {
    return reorderPoint;
  }

  public void setReorderPoint(BigDecimal qty) {
    reorderPoint = qty;
  }

  Long version() {
    return version;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public UnitOfMeasure getUom() {
    return uom;
  }

  public void setUom(UnitOfMeasure uom) {
    this.uom = uom;
  }

  public SupplyType getSupplyType() {
    return supplyType;
  }

  public void setSupplyType(SupplyType supplyType) {
    this.supplyType = supplyType;
  }

  public Integer getLeadTimeDays() {
    return leadTimeDays;
  }

  public void setLeadTimeDays(Integer leadTimeDays) {
    this.leadTimeDays = leadTimeDays;
  }

  public LotRule getLotRule() {
    return lotRule;
  }

  public void setLotRule(LotRule lotRule) {
    this.lotRule = lotRule;
  }

  public BigDecimal getLotQty() {
    return lotQty;
  }

  public void setLotQty(BigDecimal lotQty) {
    this.lotQty = lotQty;
  }

  public BigDecimal getLotMin() {
    return lotMin;
  }

  public void setLotMin(BigDecimal lotMin) {
    this.lotMin = lotMin;
  }

  public BigDecimal getLotMultiple() {
    return lotMultiple;
  }

  public void setLotMultiple(BigDecimal lotMultiple) {
    this.lotMultiple = lotMultiple;
  }

  public Integer getLotPeriods() {
    return lotPeriods;
  }

  public void setLotPeriods(Integer lotPeriods) {
    this.lotPeriods = lotPeriods;
  }

  public BigDecimal getSafetyStock() {
    return safetyStock;
  }

  public void setSafetyStock(BigDecimal safetyStock) {
    this.safetyStock = safetyStock;
  }

  public boolean isLeadTimeFromRouting() {
    return leadTimeFromRouting;
  }

  public void setLeadTimeFromRouting(boolean leadTimeFromRouting) {
    this.leadTimeFromRouting = leadTimeFromRouting;
  }

  public String getPlanner() {
    return planner;
  }

  public void setPlanner(String planner) {
    this.planner = planner;
  }

  public IssueMethod getIssueMethod() {
    return issueMethod;
  }

  public void setIssueMethod(IssueMethod issueMethod) {
    this.issueMethod = issueMethod;
  }
}
