package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A receipt (ricevimento) against a line of a purchase order: a quantity of its item into a
 * warehouse, location and lot, at the line's price, with the id the receiving terminal or system
 * gave it so that a repeat changes nothing.
 */
public record PurchaseReceipt(
    long id,
    String clientId,
    String order,
    int line,
    String item,
    BigDecimal qty,
    String warehouse,
    String location,
    String lot,
    BigDecimal unitPrice,
    Instant receivedAt,
    String receivedBy) {}
