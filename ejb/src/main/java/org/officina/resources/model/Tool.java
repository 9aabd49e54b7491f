package org.officina.resources.model;

/** Tooling or a fixture (attrezzatura) that operations need, and how many of it exist. */
public record Tool(String code, String description, int qtyAvailable) {}
