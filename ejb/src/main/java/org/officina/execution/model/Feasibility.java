package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a component of an order can be had (verifica di fattibilità): what the order still needs,
 * what the warehouse holds that no other order has reserved, and the day it is all there: today
 * when stock covers it, else the due date of the open supply that completes it, or none when even
 * all known supply falls short.
 */
public record Feasibility(
    int line,
    String item,
    String warehouse,
    BigDecimal needed,
    BigDecimal available,
    BigDecimal shortage,
    LocalDate availableOn) {

  /** A receipt expected: an open purchase, production or subcontract line. */
  public record Receipt(LocalDate due, BigDecimal qty) {}

  public static Feasibility of(
      OrderMaterial material, BigDecimal available, List<Receipt> receipts, LocalDate today) {
    BigDecimal needed = material.openQty();
    BigDecimal shortage = needed.subtract(available).max(BigDecimal.ZERO);
    return new Feasibility(
        material.line(),
        material.item(),
        material.warehouse(),
        needed,
        available,
        shortage,
        availableOn(shortage, receipts, today));
  }

  private static LocalDate availableOn(
      BigDecimal shortage, List<Receipt> receipts, LocalDate today) {
    if (shortage.signum() == 0) {
      return today;
    }
    BigDecimal missing = shortage;
    for (Receipt receipt : receipts.stream().sorted(Comparator.comparing(Receipt::due)).toList()) {
      missing = missing.subtract(receipt.qty());
      if (missing.signum() <= 0) {
        return receipt.due().isBefore(today) ? today : receipt.due();
      }
    }
    return null;
  }

  public boolean isShort() {
    return shortage.signum() > 0;
  }
}
