package org.officina.planning.model;

import java.util.Arrays;

/** A growing column of longs in pages of a million, as {@link IntColumn} is of ints. */
final class LongColumn {

  private static final int SHIFT = IntColumn.SHIFT;
  private static final int PAGE = IntColumn.PAGE;
  private static final int MASK = IntColumn.MASK;

  private long[][] pages = new long[4][];
  private int size;
  private final int firstPage;

  /** A column whose first page holds the expected size, for columns that stay small. */
  LongColumn(int expected) {
    firstPage = Math.max(16, Math.min(PAGE, expected));
  }

  int add(long value) {
    int page = size >>> SHIFT;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page * 2);
    }
    if (pages[page] == null) {
      pages[page] = new long[page == 0 ? firstPage : PAGE];
    } else if (page == 0 && size == pages[0].length) {
      pages[0] = Arrays.copyOf(pages[0], Math.min(PAGE, size * 2));
    }
    pages[page][size & MASK] = value;
    return size++;
  }

  long get(int index) {
    return pages[index >>> SHIFT][index & MASK];
  }

  void set(int index, long value) {
    pages[index >>> SHIFT][index & MASK] = value;
  }

  int size() {
    return size;
  }
}
