package org.officina.engineering.application;

/** How many items an import created, changed and found already as given. */
public record ImportSummary(int created, int updated, int unchanged) {

  public static final ImportSummary NONE = new ImportSummary(0, 0, 0);

  public ImportSummary plus(ImportSummary other) {
    return new ImportSummary(
        created + other.created, updated + other.updated, unchanged + other.unchanged);
  }

  public int total() {
    return created + updated + unchanged;
  }
}
