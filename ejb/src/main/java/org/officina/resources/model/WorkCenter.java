package org.officina.resources.model;

import java.math.BigDecimal;

/**
 * A work center (centro di lavoro): its department, how many units work in parallel, their
 * efficiency (standard time over actual time) and utilisation (productive share of calendar time),
 * whether it is scheduled at finite capacity, and its calendar (null: every day, 24 hours).
 */
public record WorkCenter(
    String code,
    String description,
    String department,
    int capacity,
    BigDecimal efficiencyPct,
    BigDecimal utilisationPct,
    boolean finite,
    String calendar) {}
