package org.officina.planning.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a run's pegging for its result: what a planned order serves at the top or one level up, and
 * each end's consumers or supplies, naming supplies as the result names them. The indexes it needs
 * are built on first use, so it is not thread-safe.
 */
final class PeggingReader {

  private final MrpRun run;
  private final Supplies supplies;
  private final Pegging pegging;
  private final Numbering numbering;
  private Map<Integer, Integer> keptSupply;
  private PeggingWalk walk;
  private Coverage coverage;

  PeggingReader(MrpRun run, Numbering numbering) {
    this.run = run;
    this.supplies = run.supplies();
    this.pegging = run.pegging();
    this.numbering = numbering;
  }

  /** The supply of a planned order the run proposed. */
  int supply(int number) {
    int supply = numbering.supply(number);
    if (supply < 0) {
      throw new IllegalArgumentException("no planned order " + number + " in this run");
    }
    return supply;
  }

  /** A planned order's supply, whether the run proposed it or kept it from the live plan. */
  private int anyPlannedSupply(int number) {
    int proposed = numbering.supply(number);
    if (proposed >= 0) {
      return proposed;
    }
    if (keptSupply == null) {
      keptSupply = new HashMap<>();
      for (int s = run.firstKept(); s < run.firstPlanned(); s++) {
        keptSupply.put(supplies.keptNumber(s), s);
      }
    }
    Integer kept = keptSupply.get(number);
    if (kept == null) {
      throw new IllegalArgumentException("no planned order " + number + " in this run");
    }
    return kept;
  }

  MrpResult.Pegs peggedTo(int number) {
    if (walk == null) {
      walk = new PeggingWalk(pegging, supplies, run.demands().size(), run.items().size());
    }
    PeggingWalk.Top top = walk.top(supply(number));
    List<String> demands = new ArrayList<>(top.demands().length);
    for (int d : top.demands()) {
      demands.add(run.demands().get(d).reference());
    }
    List<String> safety = new ArrayList<>(top.safetyStockItems().length);
    for (int item : top.safetyStockItems()) {
      safety.add(run.items().code(item));
    }
    List<String> firm = new ArrayList<>(top.firmOrders().length);
    for (int s : top.firmOrders()) {
      firm.add(supplies.reference(s));
    }
    return new MrpResult.Pegs(demands, safety, firm);
  }

  Set<String> directlyPeggedTo(int number) {
    int s = supply(number);
    Set<String> consumers = new LinkedHashSet<>();
    int end = pegging.firstLink(s) + pegging.linkCount(s);
    for (int link = pegging.firstLink(s); link < end; link++) {
      consumers.add(consumerName(pegging.consumer(link)));
    }
    return consumers;
  }

  private String consumerName(int consumer) {
    if (consumer == Pegging.SAFETY_STOCK) {
      return "SAFETY_STOCK";
    }
    if (Pegging.isDemand(consumer)) {
      return run.demands().get(Pegging.demandIndex(consumer)).reference();
    }
    return supplyName(consumer);
  }

  /** An open or firm order by its number, a planned order as PLN-n. */
  String supplyName(int supply) {
    if (supply >= run.firstPlanned()) {
      return PlannedOrder.reference(numbering.number(supply));
    }
    return supply >= run.firstKept()
        ? PlannedOrder.reference(supplies.keptNumber(supply))
        : supplies.reference(supply);
  }

  void forEachConsumerOf(PegEnd supplyKind, int index, MrpResult.EndVisitor visitor) {
    int first;
    int count;
    int item;
    if (supplyKind == PegEnd.STOCK) {
      first = pegging.onHandFirst(index);
      count = pegging.onHandCount(index);
      item = index;
    } else {
      int s = supplyIndex(supplyKind, index);
      first = pegging.firstLink(s);
      count = pegging.linkCount(s);
      item = supplies.item(s);
    }
    for (int link = first; link < first + count; link++) {
      visitConsumer(visitor, pegging.consumer(link), item, pegging.qty(link));
    }
  }

  private int supplyIndex(PegEnd kind, int index) {
    switch (kind) {
      case PLANNED_ORDER:
        return anyPlannedSupply(index);
      case OPEN_ORDER:
        return index;
      case FIRM_PLANNED_ORDER:
        return run.openOrderCount() + index;
      default:
        throw new IllegalArgumentException(kind + " is not a supply");
    }
  }

  private void visitConsumer(MrpResult.EndVisitor visitor, int consumer, int item, long micro) {
    if (consumer == Pegging.SAFETY_STOCK) {
      visitor.visit(PegEnd.SAFETY_STOCK, item, micro);
    } else if (Pegging.isDemand(consumer)) {
      visitor.visit(PegEnd.DEMAND, Pegging.demandIndex(consumer), micro);
    } else {
      visitSupply(visitor, consumer, micro);
    }
  }

  private void visitSupply(MrpResult.EndVisitor visitor, int supply, long micro) {
    int open = run.openOrderCount();
    if (supply < 0) {
      visitor.visit(PegEnd.STOCK, -supply - 1, micro);
    } else if (supply >= run.firstPlanned()) {
      visitor.visit(PegEnd.PLANNED_ORDER, numbering.number(supply), micro);
    } else if (supply >= run.firstKept()) {
      visitor.visit(PegEnd.PLANNED_ORDER, supplies.keptNumber(supply), micro);
    } else if (supply < open) {
      visitor.visit(PegEnd.OPEN_ORDER, supply, micro);
    } else {
      visitor.visit(PegEnd.FIRM_PLANNED_ORDER, supply - open, micro);
    }
  }

  void forEachSupplyOf(PegEnd consumerKind, int index, MrpResult.EndVisitor visitor) {
    if (coverage == null) {
      coverage = new Coverage(pegging, supplies, run.demands().size(), run.items().size());
    }
    int key;
    switch (consumerKind) {
      case DEMAND:
        key = coverage.demandKey(index);
        break;
      case SAFETY_STOCK:
        key = coverage.safetyStockKey(index);
        break;
      default:
        key = supplyIndex(consumerKind, index);
    }
    for (int at = coverage.first(key); at < coverage.end(key); at++) {
      int link = coverage.link(at);
      visitSupply(visitor, coverage.supplyOf(link), pegging.qty(link));
    }
  }

  int itemOf(PegEnd kind, int index) {
    switch (kind) {
      case DEMAND:
        return run.items().index(run.demands().get(index).item());
      case STOCK:
      case SAFETY_STOCK:
        return index;
      default:
        return supplies.item(supplyIndex(kind, index));
    }
  }
}
