package org.officina.execution.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.model.MaterialEdit;
import org.officina.execution.model.OrderMaterial;

/**
 * A material of an order as the planner edits it in the order's page: a line of the order's copy of
 * the bill (or a new one, without a number), changed in place until the whole list is saved.
 */
public class MaterialDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Integer line;
  private String item;
  private BigDecimal qtyPer;
  private boolean perOrder;
  private BigDecimal scrapPct;
  private Integer operationSeq;
  private IssueMethod issueMethod;
  private String warehouse;

  MaterialDraft(OrderMaterial material) {
    line = material.line();
    item = material.item();
    qtyPer = material.qtyPer();
    perOrder = material.perOrder();
    scrapPct = material.scrapPct();
    operationSeq = material.operationSeq();
    issueMethod = material.issueMethod();
    warehouse = material.warehouse();
  }

  /** A new line: the service fills in what is left empty (issue method from the item, say). */
  MaterialDraft(Integer operationSeq, String warehouse) {
    line = null;
    qtyPer = BigDecimal.ONE;
    scrapPct = BigDecimal.ZERO;
    this.operationSeq = operationSeq;
    this.warehouse = warehouse;
  }

  MaterialEdit toEdit() {
    return new MaterialEdit(
        line,
        item == null ? null : item.strip(),
        qtyPer,
        perOrder,
        scrapPct,
        operationSeq,
        issueMethod,
        warehouse == null || warehouse.isBlank() ? null : warehouse.strip());
  }

  public Integer getLine() {
    return line;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public BigDecimal getQtyPer() {
    return qtyPer;
  }

  public void setQtyPer(BigDecimal qtyPer) {
    this.qtyPer = qtyPer;
  }

  public boolean isPerOrder() {
    return perOrder;
  }

  public void setPerOrder(boolean perOrder) {
    this.perOrder = perOrder;
  }

  public BigDecimal getScrapPct() {
    return scrapPct;
  }

  public void setScrapPct(BigDecimal scrapPct) {
    this.scrapPct = scrapPct;
  }

  public Integer getOperationSeq() {
    return operationSeq;
  }

  public void setOperationSeq(Integer operationSeq) {
    this.operationSeq = operationSeq;
  }

  public IssueMethod getIssueMethod() {
    return issueMethod;
  }

  public void setIssueMethod(IssueMethod issueMethod) {
    this.issueMethod = issueMethod;
  }

  public String getWarehouse() {
    return warehouse;
  }

  public void setWarehouse(String warehouse) {
    this.warehouse = warehouse;
  }
}
