package org.officina.inventory.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of lot genealogy: a quantity of a component lot went into a product lot, through an order.
 * Read down from a product lot it says what the lot is made of; read up from a component lot, where
 * it went.
 */
public record LotLink(
    String productItem,
    String productLot,
    String componentItem,
    String componentLot,
    BigDecimal qty,
    String reference,
    Instant recordedAt) {}
