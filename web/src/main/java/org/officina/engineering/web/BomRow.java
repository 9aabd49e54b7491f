package org.officina.engineering.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.UnitOfMeasure;

/**
 * A line of the BOM tree: where it sits (its parent's bill and its position there), what the
 * explosion says of it, and the values a planner may edit in the row.
 */
public class BomRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int level;
  private final String parent;
  private final int position;
  private final BigDecimal totalQty;
  private final String description;
  private final UnitOfMeasure uom;
  private final String alternateFor;
  private final int priority;
  private final boolean perOrder;
  private final int operationSeq;
  private String component;
  private BigDecimal qtyPer;
  private BigDecimal scrapPct;
  private LocalDate validFrom;
  private LocalDate validTo;
  private boolean phantom;

  /** A line of the explosion, with its component's data (null when the component is unknown). */
  BomRow(int level, BomLine line, int position, BigDecimal totalQty, ItemData item) {
    this.level = level;
    this.parent = line.parent();
    this.position = position;
    this.totalQty = totalQty;
    this.description = item == null ? "" : item.description();
    this.uom = item == null ? null : item.uom();
    this.alternateFor = line.alternateFor();
    this.priority = line.priority();
    this.perOrder = line.fixedPerOrder();
    this.operationSeq = line.operationSeq();
    this.component = line.component();
    this.qtyPer = line.qtyPer();
    this.scrapPct = line.scrapPct();
    this.validFrom = line.validFrom();
    this.validTo = line.validTo();
    this.phantom = line.phantom();
  }

  public UnitOfMeasure getUom() {
    return uom;
  }

  /** The line as edited in the row. */
  BomLine toLine() {
    return new BomLine(
        parent,
        component == null ? "" : component.strip(),
        qtyPer,
        perOrder,
        scrapPct == null ? BigDecimal.ZERO : scrapPct,
        validFrom,
        validTo,
        operationSeq,
        phantom,
        alternateFor,
        priority);
  }

  public int getLevel() {
    return level;
  }

  public String getParent() {
    return parent;
  }

  public int getPosition() {
    return position;
  }

  public BigDecimal getTotalQty() {
    return totalQty;
  }

  public String getDescription() {
    return description;
  }

  public String getAlternateFor() {
    return alternateFor;
  }

  public boolean isPerOrder() {
    return perOrder;
  }

  public Integer getOperationSeq() {
    return operationSeq == 0 ? null : operationSeq;
  }

  public String getComponent() {
    return component;
  }

  public void setComponent(String component) {
    this.component = component;
  }

  public BigDecimal getQtyPer() {
    return qtyPer;
  }

  public void setQtyPer(BigDecimal qtyPer) {
    this.qtyPer = qtyPer;
  }

  public BigDecimal getScrapPct() {
    return scrapPct;
  }

  public void setScrapPct(BigDecimal scrapPct) {
    this.scrapPct = scrapPct;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public boolean isPhantom() {
    return phantom;
  }

  public void setPhantom(boolean phantom) {
    this.phantom = phantom;
  }
}
