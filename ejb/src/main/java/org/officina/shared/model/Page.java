package org.officina.shared.model;

import java.util.List;

/**
 * One page of a longer list, with the size of the whole list so that a table can show its
 * paginator.
 */
public record Page<T>(List<T> content, long total) {

  public Page {
    content = List.copyOf(content);
  }
}
