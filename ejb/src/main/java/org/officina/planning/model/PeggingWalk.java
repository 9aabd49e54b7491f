package org.officina.planning.model;

import java.util.Arrays;

/**
 * Walks a supply's pegging up to the top: the demands it finally serves, the safety stocks it
 * replenishes at any level, and the firm planned orders it supplies beyond any demand (a planner
 * kept them, so they stand for their own demand), each once. Marks are stamped per walk, so that
 * walking millions of planned orders allocates nothing per order; one walk at a time.
 */
final class PeggingWalk {

  /**
   * What a supply serves at the top of its chain, by index: demands, items' safety stock, and firm
   * planned orders beyond demand.
   */
  record Top(int[] demands, int[] safetyStockItems, int[] firmOrders) {}

  private final Pegging pegging;
  private final Supplies supplies;
  private final int[] supplySeen;
  private final int[] demandSeen;
  private final int[] itemSeen;
  private int walk;
  private int[] stack = new int[64];

  PeggingWalk(Pegging pegging, Supplies supplies, int demands, int items) {
    this.pegging = pegging;
    this.supplies = supplies;
    this.supplySeen = new int[supplies.size()];
    this.demandSeen = new int[demands];
    this.itemSeen = new int[items];
  }

  Top top(int supply) {
    walk++;
    IntList demands = new IntList();
    IntList safety = new IntList();
    IntList firm = new IntList();
    int depth = 0;
    stack[depth++] = supply;
    supplySeen[supply] = walk;
    while (depth > 0) {
      int s = stack[--depth];
      int end = pegging.firstLink(s) + pegging.linkCount(s);
      long pegged = 0;
      for (int link = pegging.firstLink(s); link < end; link++) {
        pegged += pegging.qty(link);
        int c = pegging.consumer(link);
        if (c >= 0) {
          if (supplySeen[c] != walk) {
            supplySeen[c] = walk;
            if (depth == stack.length) {
              stack = Arrays.copyOf(stack, depth * 2);
            }
            stack[depth++] = c;
          }
        } else if (c == Pegging.SAFETY_STOCK) {
          mark(itemSeen, supplies.item(s), safety);
        } else {
          mark(demandSeen, Pegging.demandIndex(c), demands);
        }
      }
      if (s != supply && supplies.firmPlanned(s) && pegged < supplies.qty(s)) {
        firm.add(s);
      }
    }
    return new Top(demands.sorted(), safety.sorted(), firm.sorted());
  }

  private void mark(int[] seen, int index, IntList into) {
    if (seen[index] != walk) {
      seen[index] = walk;
      into.add(index);
    }
  }

  /** A small growable list of ints. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] sorted() {
      int[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }
}
