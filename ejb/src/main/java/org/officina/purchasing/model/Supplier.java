package org.officina.purchasing.model;

/**
 * A supplier (fornitore); a subcontractor (terzista) also works on material we send it. MRP plans
 * what the supplier is preferred for on the working calendar it keeps.
 *
 * @param calendar the code of the calendar the supplier keeps: empty for the plant's, null when not
 *     said (a change that does not say it keeps the supplier's)
 */
public record Supplier(String code, String name, boolean subcontractor, String calendar) {}
