package org.officina.engineering.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.officina.engineering.model.RoutingOperation;

/** An operation of the routing editor: the values of one row, as the planner edits them. */
public class OperationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String item;
  private int seq;
  private Integer parentSeq;
  private String description;
  private String workCenter;
  private BigDecimal setupMinutes;
  private BigDecimal runMinutes;
  private BigDecimal labourMinutes;
  private BigDecimal fixedMinutes;
  private BigDecimal queueMinutes;
  private BigDecimal moveMinutes;
  private BigDecimal overlapPct;
  private String subcontractor;
  private BigDecimal subcontractCost;
  private String tooling;
  private String setupFamily;
  private String alternates;

  OperationRow(RoutingOperation op) {
    item = op.item();
    seq = op.seq();
    parentSeq = op.parentSeq();
    description = op.description();
    workCenter = op.workCenter();
    setupMinutes = op.setupMinutes();
    runMinutes = op.runMinutes();
    labourMinutes = op.labourMinutes();
    fixedMinutes = op.fixedMinutes();
    queueMinutes = op.queueMinutes();
    moveMinutes = op.moveMinutes();
    overlapPct = op.overlapPct();
    subcontractor = op.subcontractor();
    subcontractCost = op.subcontractCost();
    tooling = String.join(";", op.tooling());
    setupFamily = op.setupFamily();
    alternates = String.join(";", op.alternateWorkCenters());
  }

  /** A new operation after the last, on a work center, with no times yet. */
  static OperationRow next(String item, int seq, String workCenter) {
    BigDecimal zero = BigDecimal.ZERO;
    return new OperationRow(
        new RoutingOperation(
            item,
            seq,
            null,
            "",
            workCenter,
            zero,
            zero,
            zero,
            zero,
            zero,
            zero,
            zero,
            null,
            null,
            List.of(),
            null,
            List.of()));
  }

  RoutingOperation toOperation() {
    return new RoutingOperation(
        item,
        seq,
        parentSeq,
        description == null ? "" : description,
        workCenter == null ? "" : workCenter,
        orZero(setupMinutes),
        orZero(runMinutes),
        orZero(labourMinutes),
        orZero(fixedMinutes),
        orZero(queueMinutes),
        orZero(moveMinutes),
        orZero(overlapPct),
        subcontractor == null || subcontractor.isBlank() ? null : subcontractor.strip(),
        subcontractCost,
        codes(tooling),
        setupFamily == null || setupFamily.isBlank() ? null : setupFamily.strip(),
        codes(alternates));
  }

  /** Codes typed with ';' between them. */
  private static List<String> codes(String typed) {
    return typed == null || typed.isBlank()
        ? List.of()
        : Arrays.stream(typed.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  public boolean isSubOperation() {
    return parentSeq != null;
  }

  public int getSeq() {
    return seq;
  }

  public void setSeq(int seq) {
    this.seq = seq;
  }

  public Integer getParentSeq() {
    return parentSeq;
  }

  public void setParentSeq(Integer parentSeq) {
    this.parentSeq = parentSeq;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getWorkCenter() {
    return workCenter;
  }

  public void setWorkCenter(String workCenter) {
    this.workCenter = workCenter;
  }

  public BigDecimal getSetupMinutes() {
    return setupMinutes;
  }

  public void setSetupMinutes(BigDecimal setupMinutes) {
    this.setupMinutes = setupMinutes;
  }

  public BigDecimal getRunMinutes() {
    return runMinutes;
  }

  public void setRunMinutes(BigDecimal runMinutes) {
    this.runMinutes = runMinutes;
  }

  public BigDecimal getLabourMinutes() {
    return labourMinutes;
  }

  public void setLabourMinutes(BigDecimal labourMinutes) {
    this.labourMinutes = labourMinutes;
  }

  public BigDecimal getFixedMinutes() {
    return fixedMinutes;
  }

  public void setFixedMinutes(BigDecimal fixedMinutes) {
    this.fixedMinutes = fixedMinutes;
  }

  public BigDecimal getQueueMinutes() {
    return queueMinutes;
  }

  public void setQueueMinutes(BigDecimal queueMinutes) {
    this.queueMinutes = queueMinutes;
  }

  public BigDecimal getMoveMinutes() {
    return moveMinutes;
  }

  public void setMoveMinutes(BigDecimal moveMinutes) {
    this.moveMinutes = moveMinutes;
  }

  public BigDecimal getOverlapPct() {
    return overlapPct;
  }

  public void setOverlapPct(BigDecimal overlapPct) {
    this.overlapPct = overlapPct;
  }

  public String getSubcontractor() {
    return subcontractor;
  }

  public void setSubcontractor(String subcontractor) {
    this.subcontractor = subcontractor;
  }

  public BigDecimal getSubcontractCost() {
    return subcontractCost;
  }

  public void setSubcontractCost(BigDecimal subcontractCost) {
    this.subcontractCost = subcontractCost;
  }

  public String getTooling() {
    return tooling;
  }

  public void setTooling(String tooling) {
    this.tooling = tooling;
  }

  public String getSetupFamily() {
    return setupFamily;
  }

  public void setSetupFamily(String setupFamily) {
    this.setupFamily = setupFamily;
  }

  public String getAlternates() {
    return alternates;
  }

  public void setAlternates(String alternates) {
    this.alternates = alternates;
  }
}
