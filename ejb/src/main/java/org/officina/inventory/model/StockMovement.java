package org.officina.inventory.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change of stock (movimento di magazzino): positive in, negative out, with its reason and the
 * document it comes from. Stock is only ever changed by movements.
 */
public record StockMovement(
    long id,
    StockLevel.Key stock,
    BigDecimal qty,
    MovementReason reason,
    String reference,
    Instant movedAt,
    String movedBy) {}
