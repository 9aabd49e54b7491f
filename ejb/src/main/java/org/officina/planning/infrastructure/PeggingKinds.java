package org.officina.planning.infrastructure;

import org.officina.planning.model.PegEnd;

/** The one-letter codes that mrp_pegging stores for each end of a link. */
public final class PeggingKinds {

  private PeggingKinds() {}

  public static String code(PegEnd end) {
    switch (end) {
      case DEMAND:
        return "D";
      case PLANNED_ORDER:
        return "P";
      case OPEN_ORDER:
        return "O";
      case FIRM_PLANNED_ORDER:
        return "F";
      case STOCK:
        return "S";
      default:
        return "Z";
    }
  }

  public static PegEnd of(String code) {
    for (PegEnd end : PegEnd.values()) {
      if (code(end).equals(code)) {
        return end;
      }
    }
    throw new IllegalArgumentException("no pegging kind " + code);
  }
}
