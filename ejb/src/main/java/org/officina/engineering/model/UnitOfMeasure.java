package org.officina.engineering.model;

/**
 * Unit of measure (unità di misura). A discrete unit counts whole things: its quantities are whole
 * numbers and computed requirements are rounded up; the others are continuous.
 */
public enum UnitOfMeasure {
  PCS(true),
  KG(false),
  M(false),
  L(false);

  private final boolean discrete;

  UnitOfMeasure(boolean discrete) {
    this.discrete = discrete;
  }

  public boolean isDiscrete() {
    return discrete;
  }
}
