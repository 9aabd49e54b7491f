package org.officina.planning.model;

import java.util.List;

/** The bills of materials hold a cycle, so nothing can be planned; the cycle names its items. */
public final class BomCycleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> cycle;

  public BomCycleException(List<String> cycle) {
    super("the bills of materials have a cycle: " + String.join(" → ", cycle));
    this.cycle = List.copyOf(cycle);
  }

  public List<String> cycle() {
    return cycle;
  }
}
