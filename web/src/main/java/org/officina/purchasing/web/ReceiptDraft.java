package org.officina.purchasing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import org.officina.purchasing.application.PurchaseReceiptService;
import org.officina.purchasing.model.PurchaseOrder;
import org.officina.purchasing.model.PurchaseOrderLine;

/**
 * The receipt form of the purchasing workbench: a line, quantity, warehouse, location and lot. It
 * carries a client id made when the form is filled, so that a receipt sent twice (a double click, a
 * retry after a timeout) is recorded once.
 */
public class ReceiptDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private Integer line;
  private BigDecimal qty;
  private String warehouse = "MAIN";
  private String location;
  private String lot;
  private String clientId;

  /** A fresh form for an order: its first open line and what is still to come of it. */
  void reset(PurchaseOrder order) {
    clientId = UUID.randomUUID().toString();
    location = null;
    lot = null;
    PurchaseOrderLine first =
        order == null
            ? null
            : order.lines().stream().filter(l -> l.open().signum() > 0).findFirst().orElse(null);
    line = first == null ? null : first.line();
    qty = first == null ? null : first.open();
  }

  PurchaseReceiptService.Request toRequest() {
    return new PurchaseReceiptService.Request(
        clientId, line == null ? 0 : line, qty, warehouse, blankless(location), blankless(lot));
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Integer getLine() {
    return line;
  }

  public void setLine(Integer line) {
    this.line = line;
  }

  public BigDecimal getQty() {
    return qty;
  }

  public void setQty(BigDecimal qty) {
    this.qty = qty;
  }

  public String getWarehouse() {
    return warehouse;
  }

  public void setWarehouse(String warehouse) {
    this.warehouse = warehouse;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getLot() {
    return lot;
  }

  public void setLot(String lot) {
    this.lot = lot;
  }
}
