package org.officina.planning.model;

/** A run stopped on request before it planned every item: it has no result. */
public class MrpStoppedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MrpStoppedException(int planned, int total) {
    super("the run was stopped after " + planned + " of " + total + " items");
  }
}
