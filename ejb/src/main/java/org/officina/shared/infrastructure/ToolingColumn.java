package org.officina.shared.infrastructure;

import java.util.Arrays;
import java.util.List;

/**
 * The tools of an operation as one column, the same in a routing and in an order's copy of it:
 * codes joined by {@code ;} (a tool code has neither {@code ;} nor {@code ,}, see the item code
 * rule). No tools is an empty or null column.
 */
public final class ToolingColumn {

  private static final String SEPARATOR = ";";

  private ToolingColumn() {}

  public static String write(List<String> tools) {
    return String.join(SEPARATOR, tools);
  }

  public static List<String> read(String column) {
    return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(SEPARATOR));
  }
}
