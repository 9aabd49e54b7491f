package org.officina.engineering.application;

/** How many items an import created, changed and found already as given. */
public record ImportSummary(int created, int updated, int unchanged) {}
