package org.officina.resources.model;

/** A department (reparto) of a plant: a group of work centers with one dispatch list. */
public record Department(String code, String description, String plant) {

  public static final String DEFAULT_PLANT = "MAIN";
}
