package org.officina.planning.model;

import java.util.Arrays;

/**
 * A growing column of ints in pages of a million: a run's millions of supplies, links and
 * requirements grow without copying, without the slack of doubling, and in pages large enough that
 * the garbage collector never moves them.
 */
final class IntColumn {

  static final int SHIFT = 20;
  static final int PAGE = 1 << SHIFT;
  static final int MASK = PAGE - 1;

  private int[][] pages = new int[4][];
  private int size;
  private final int firstPage;

  /** A column whose first page holds the expected size, for columns that stay small. */
  IntColumn(int expected) {
    firstPage = Math.max(16, Math.min(PAGE, expected));
  }

  int add(int value) {
    int page = size >>> SHIFT;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page * 2);
    }
    if (pages[page] == null) {
      pages[page] = new int[page == 0 ? firstPage : PAGE];
    } else if (page == 0 && size == pages[0].length) {
      pages[0] = Arrays.copyOf(pages[0], Math.min(PAGE, size * 2));
    }
    pages[page][size & MASK] = value;
    return size++;
  }

  int get(int index) {
    return pages[index >>> SHIFT][index & MASK];
  }

  void set(int index, int value) {
    pages[index >>> SHIFT][index & MASK] = value;
  }

  int size() {
    return size;
  }
}
