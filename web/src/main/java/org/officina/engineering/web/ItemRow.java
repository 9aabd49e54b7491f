package org.officina.engineering.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemData;

/** One line of the items table. */
public class ItemRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private final ItemData data;
  private final long version;
  private final Instant changedAt;
  private final String changedBy;

  ItemRow(Item item) {
    this.data = item.data();
    this.version = item.version();
    this.changedAt = item.changedAt();
    this.changedBy = item.changedBy();
  }

  ItemData data() {
    return data;
  }

  public String getCode() {
    return data.code();
  }

  public String getDescription() {
    return data.description();
  }

  public String getUom() {
    return data.uom().name();
  }

  public String getSupplyType() {
    return data.supplyType().name();
  }

  public int getLeadTimeDays() {
    return data.leadTimeDays();
  }

  public String getLotRule() {
    return data.lotRule().name();
  }

  public BigDecimal getLotQty() {
    return data.lotQty();
  }

  public BigDecimal getLotMin() {
    return data.lotMin();
  }

  public BigDecimal getLotMultiple() {
    return data.lotMultiple();
  }

  public Integer getLotPeriods() {
    return data.lotPeriods();
  }

  public BigDecimal getSafetyStock() {
    return data.safetyStock();
  }

  public long getVersion() {
    return version;
  }

  public java.util.Date getChangedAt() {
    return java.util.Date.from(changedAt);
  }

  /** When the item last changed, for the portal to show in the plant's zone. */
  public Instant getChangedInstant() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
