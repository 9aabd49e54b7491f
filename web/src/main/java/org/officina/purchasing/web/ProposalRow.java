package org.officina.purchasing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.officina.planning.model.FirmPlannedOrder;

/**
 * A firm planned buy order on the purchasing workbench: what MRP wants, by when, and who would
 * supply it at what price today, or why nobody can (reason, in the user's language).
 */
public record ProposalRow(
    long id,
    String item,
    BigDecimal qty,
    LocalDate dueDate,
    String supplier,
    BigDecimal orderQty,
    BigDecimal unitPrice,
    String currency,
    String reason)
    implements Serializable {

  public String getReference() {
    return FirmPlannedOrder.reference(id);
  }
}
