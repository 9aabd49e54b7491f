package org.officina.planning.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Every supply of a run in columns: first the open orders MRP found (scheduled receipts, and firm
 * planned orders whose components are still to be allocated), then the planned orders a net-change
 * run keeps from the live plan, then the planned orders it proposed. A large plant has millions of
 * planned orders; objects for each would cost more than the netting.
 */
final class Supplies {

  private final IntColumn item = new IntColumn(1024);
  private final LongColumn qty = new LongColumn(1024);
  private final IntColumn releaseDay = new IntColumn(1024);
  private final IntColumn dueDay = new IntColumn(1024);
  private final List<String> references = new ArrayList<>();
  private final BitSet firm = new BitSet();
  private final IntColumn keptNumber = new IntColumn(16);

  /** Adds an open or firm planned order: they come before any planned order. */
  int addOpen(int itemIndex, boolean firmPlanned, long quantity, int release, int due, String ref) {
    if (references.size() != size()) {
      throw new IllegalStateException("open orders come before planned orders");
    }
    references.add(ref);
    firm.set(size(), firmPlanned);
    return add(itemIndex, quantity, release, due);
  }

  /** Adds a planned order kept from the live plan, with its number there. */
  int addKept(int itemIndex, int number, long quantity, int release, int due) {
    if (references.size() + keptNumber.size() != size()) {
      throw new IllegalStateException("kept planned orders come before new ones");
    }
    keptNumber.add(number);
    return add(itemIndex, quantity, release, due);
  }

  int addPlanned(int itemIndex, long quantity, int release, int due) {
    return add(itemIndex, quantity, release, due);
  }

  private int add(int itemIndex, long quantity, int release, int due) {
    item.add(itemIndex);
    qty.add(quantity);
    releaseDay.add(release);
    return dueDay.add(due);
  }

  int size() {
    return item.size();
  }

  int item(int supply) {
    return item.get(supply);
  }

  /** Whether the supply is a firm planned order, whose components MRP still allocates. */
  boolean firmPlanned(int supply) {
    return supply < references.size() && firm.get(supply);
  }

  long qty(int supply) {
    return qty.get(supply);
  }

  int releaseDay(int supply) {
    return releaseDay.get(supply);
  }

  int dueDay(int supply) {
    return dueDay.get(supply);
  }

  /** The live plan's number of a kept planned order. */
  int keptNumber(int supply) {
    return keptNumber.get(supply - references.size());
  }

  /** The number of an open or firm order, as the input named it. */
  String reference(int supply) {
    return references.get(supply);
  }
}
