package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A return recorded against a subcontract order: the pieces good (into a warehouse and lot),
 * scrapped and rejected, what the work cost (price per good piece times good pieces, for costing),
 * with the id the client gave it so that a repeat changes nothing.
 */
public record SubcontractReturnRecord(
    long id,
    String clientId,
    String order,
    BigDecimal good,
    BigDecimal scrapped,
    BigDecimal rejected,
    String warehouse,
    String lot,
    BigDecimal unitPrice,
    BigDecimal amount,
    Instant returnedAt,
    String returnedBy) {}
