package org.officina.purchasing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.officina.purchasing.application.SubcontractReturnService;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractReturn;

/**
 * The return form of the subcontracting workbench: pieces good, scrapped and rejected, the lot of
 * the good ones, where rejected material goes, and whether the leftovers come back. Its client id,
 * made when the form is filled, makes a double submit one return.
 */
public class ReturnDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private BigDecimal good;
  private BigDecimal scrapped;
  private BigDecimal rejected;
  private String lot;
  private String rejectedWarehouse;
  private boolean leftoversBack;
  private String clientId;

  void reset(SubcontractOrder order) {
    clientId = UUID.randomUUID().toString();
    good = order == null ? null : order.qty().subtract(order.done()).max(BigDecimal.ZERO);
    scrapped = null;
    rejected = null;
    lot = null;
    rejectedWarehouse = null;
    leftoversBack = false;
  }

  SubcontractReturnService.Request toRequest() {
    return new SubcontractReturnService.Request(
        clientId,
        new SubcontractReturn.Request(
            zeroIfNull(good), zeroIfNull(scrapped), zeroIfNull(rejected), Map.of(), leftoversBack),
        null,
        lot == null || lot.isBlank() ? null : lot.strip(),
        rejectedWarehouse,
        null,
        null);
  }

  private static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  public BigDecimal getGood() {
    return good;
  }

  public void setGood(BigDecimal good) {
    this.good = good;
  }

  public BigDecimal getScrapped() {
    return scrapped;
  }

  public void setScrapped(BigDecimal scrapped) {
    this.scrapped = scrapped;
  }

  public BigDecimal getRejected() {
    return rejected;
  }

  public void setRejected(BigDecimal rejected) {
    this.rejected = rejected;
  }

  public String getLot() {
    return lot;
  }

  public void setLot(String lot) {
    this.lot = lot;
  }

  public String getRejectedWarehouse() {
    return rejectedWarehouse;
  }

  public void setRejectedWarehouse(String rejectedWarehouse) {
    this.rejectedWarehouse = rejectedWarehouse;
  }

  public boolean isLeftoversBack() {
    return leftoversBack;
  }

  public void setLeftoversBack(boolean leftoversBack) {
    this.leftoversBack = leftoversBack;
  }
}
