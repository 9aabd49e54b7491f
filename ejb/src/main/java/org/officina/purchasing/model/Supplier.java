package org.officina.purchasing.model;

/** A supplier (fornitore); a subcontractor (terzista) also works on material we send it. */
public record Supplier(String code, String name, boolean subcontractor) {}
