package org.officina.shared.infrastructure;

import java.util.Arrays;
import java.util.List;

/**
 * A list of codes as one column (an operation's tools, its alternate work centers), the same in a
 * routing and in an order's copy of it: codes joined by {@code ;} (a code has neither {@code ;} nor
 * {@code ,}, see the item code rule). No codes is a null column (an empty one reads as none too).
 */
public final class CodeListColumn {

  private static final String SEPARATOR = ";";

  private CodeListColumn() {}

  public static String write(List<String> codes) {
    return codes.isEmpty() ? null : String.join(SEPARATOR, codes);
  }

  public static List<String> read(String column) {
    return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(SEPARATOR));
  }
}
