package org.officina.purchasing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.officina.purchasing.model.PriceList;

/** A price list as a buyer types it on the price lists page, with a few breaks. */
public final class PriceListDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One break being typed: empty when both its cells are. */
  public static final class Break implements Serializable {
    private static final long serialVersionUID = 1L;
    private BigDecimal fromQty;
    private BigDecimal unitPrice;

    public BigDecimal getFromQty() {
      return fromQty;
    }

    public void setFromQty(BigDecimal fromQty) {
      this.fromQty = fromQty;
    }

    public BigDecimal getUnitPrice() {
      return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
      this.unitPrice = unitPrice;
    }
  }

  private String supplier;
  private String item;
  private Integer operation;
  private String currency = "EUR";
  private LocalDate validFrom;
  private LocalDate validTo;
  private Integer leadTimeDays;
  private BigDecimal minQty;
  private BigDecimal multiple;
  private boolean preferred;
  private final List<Break> breaks = new ArrayList<>();

  PriceListDraft(int breakCount) {
    for (int k = 0; k < breakCount; k++) {
      breaks.add(new Break());
    }
  }

  /** The list typed; a break with neither cell filled is left out, one with a price from 0. */
  PriceList toList() {
    List<PriceList.PriceBreak> typed = new ArrayList<>();
    for (Break b : breaks) {
      if (b.unitPrice != null || b.fromQty != null) {
        typed.add(
            new PriceList.PriceBreak(b.fromQty == null ? BigDecimal.ZERO : b.fromQty, b.unitPrice));
      }
    }
    return new PriceList(
        supplier,
        item == null ? null : item.strip(),
        operation,
        currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT),
        validFrom,
        validTo,
        leadTimeDays,
        minQty,
        multiple,
        typed);
  }

  public List<Break> getBreaks() {
    return breaks;
  }

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public Integer getOperation() {
    return operation;
  }

  public void setOperation(Integer operation) {
    this.operation = operation;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
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

  public Integer getLeadTimeDays() {
    return leadTimeDays;
  }

  public void setLeadTimeDays(Integer leadTimeDays) {
    this.leadTimeDays = leadTimeDays;
  }

  public BigDecimal getMinQty() {
    return minQty;
  }

  public void setMinQty(BigDecimal minQty) {
    this.minQty = minQty;
  }

  public BigDecimal getMultiple() {
    return multiple;
  }

  public void setMultiple(BigDecimal multiple) {
    this.multiple = multiple;
  }

  public boolean isPreferred() {
    return preferred;
  }

  public void setPreferred(boolean preferred) {
    this.preferred = preferred;
  }
}
