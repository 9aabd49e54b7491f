package org.officina.resources.model;

import java.util.List;

/**
 * An operator (operatore): the department they belong to (null when none) and the work centers they
 * are skilled to run.
 */
public record Operator(String code, String name, String department, List<String> skills) {

  public Operator {
    skills = List.copyOf(skills);
  }
}
