package org.officina.planning.model;

/**
 * Which of a run's messages a planner wants to see: of one type, of one item, of the items one
 * planner looks after; null for any.
 */
public record MessageSearch(MessageType type, String item, String planner) {

  public MessageSearch {
    item = item == null || item.isBlank() ? null : item.strip();
    planner = planner == null || planner.isBlank() ? null : planner.strip();
  }
}
