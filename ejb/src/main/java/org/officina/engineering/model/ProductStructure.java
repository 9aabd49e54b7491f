package org.officina.engineering.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bills of materials of many items as one graph, in memory: what MRP and the engineering
 * screens ask of it. Cycles (an item that ends up inside itself) are found with their path;
 * low-level codes say at which depth each item is planned; explosion multiplies quantities down
 * through the levels on a date, and where-used walks up.
 */
public final class ProductStructure {

  private final Map<String, List<BomLine>> byParent = new HashMap<>();
  private final Map<String, List<BomLine>> byComponent = new HashMap<>();

  public ProductStructure(Collection<BomLine> lines) {
    for (BomLine line : lines) {
      byParent.computeIfAbsent(line.parent(), k -> new ArrayList<>()).add(line);
      byComponent.computeIfAbsent(line.component(), k -> new ArrayList<>()).add(line);
    }
  }

  /**
   * One line of an indented explosion: its depth below the exploded item and the quantity needed
   * there.
   */
  public record Exploded(int level, BomLine line, BigDecimal quantity) {}

  /** One parent found by where-used: its height above the component. */
  public record Use(int level, BomLine line) {}

  /**
   * A cycle, if the structure has one: the items along it, the first repeated at the end (A, B, C,
   * A). Dates are not considered: a cycle valid on no single date is still refused, as it would be
   * one edit away from real.
   */
  public Optional<List<String>> findCycle() {
    Set<String> done = new HashSet<>();
    for (String start : byParent.keySet()) {
      Optional<List<String>> cycle = cycleFrom(start, done);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  /**
   * Depth-first with an explicit stack, so that a deep structure cannot overflow the thread's
   * stack.
   */
  private Optional<List<String>> cycleFrom(String start, Set<String> done) {
    LinkedHashSet<String> path = new LinkedHashSet<>();
    Deque<Deque<String>> pending = new ArrayDeque<>();
    if (!done.contains(start)) {
      path.add(start);
      pending.push(children(start));
    }
    while (!pending.isEmpty()) {
      Deque<String> siblings = pending.peek();
      if (siblings.isEmpty()) {
        pending.pop();
        String finished = last(path);
        path.remove(finished);
        done.add(finished);
        continue;
      }
      String next = siblings.pop();
      if (path.contains(next)) {
        return Optional.of(closedPath(path, next));
      }
      if (!done.contains(next)) {
        path.add(next);
        pending.push(children(next));
      }
    }
    return Optional.empty();
  }

  private Deque<String> children(String parent) {
    Deque<String> children = new ArrayDeque<>();
    byParent.getOrDefault(parent, List.of()).forEach(line -> children.add(line.component()));
    return children;
  }

  private static String last(LinkedHashSet<String> path) {
    String last = null;
    for (String item : path) {
      last = item;
    }
    return last;
  }

  private static List<String> closedPath(LinkedHashSet<String> path, String repeated) {
    List<String> cycle = new ArrayList<>();
    boolean inCycle = false;
    for (String item : path) {
      inCycle |= item.equals(repeated);
      if (inCycle) {
        cycle.add(item);
      }
    }
    cycle.add(repeated);
    return cycle;
  }

  /**
   * The low-level code of every item in the structure: the length of the longest path from a top
   * item down to it, so that netting level by level sees every parent's requirement before an item
   * is planned.
   *
   * @throws IllegalStateException when the structure has a cycle
   */
  public Map<String, Integer> lowLevelCodes() {
    findCycle()
        .ifPresent(
            cycle -> {
              throw new IllegalStateException(
                  "the bills of materials have a cycle: " + String.join(" → ", cycle));
            });
    Map<String, Integer> parentsLeft = new HashMap<>();
    Set<String> items = new HashSet<>(byParent.keySet());
    items.addAll(byComponent.keySet());
    items.forEach(item -> parentsLeft.put(item, byComponent.getOrDefault(item, List.of()).size()));
    Map<String, Integer> codes = new HashMap<>();
    Deque<String> ready = new ArrayDeque<>();
    items.stream()
        .filter(item -> parentsLeft.get(item) == 0)
        .forEach(
            item -> {
              codes.put(item, 0);
              ready.add(item);
            });
    while (!ready.isEmpty()) {
      String parent = ready.poll();
      for (BomLine line : byParent.getOrDefault(parent, List.of())) {
        String child = line.component();
        codes.merge(child, codes.get(parent) + 1, Math::max);
        if (parentsLeft.merge(child, -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    return codes;
  }

  /**
   * The indented explosion of a quantity of an item on a date: every valid primary line, quantities
   * multiplied down. Alternates are what could replace a component, not more of it, so they are
   * left out.
   */
  public List<Exploded> explode(String item, BigDecimal quantity, LocalDate date) {
    List<Exploded> lines = new ArrayList<>();
    explodeInto(lines, item, quantity, date, 1);
    return lines;
  }

  private void explodeInto(
      List<Exploded> lines, String parent, BigDecimal quantity, LocalDate date, int level) {
    for (BomLine line : byParent.getOrDefault(parent, List.of())) {
      if (line.validOn(date) && !line.alternate()) {
        BigDecimal needed = line.requirementFor(quantity);
        lines.add(new Exploded(level, line, needed));
        explodeInto(lines, line.component(), needed, date, level + 1);
      }
    }
  }

  /**
   * Every item a component goes into on a date, directly (level 1) or through assemblies (level 2
   * and up).
   */
  public List<Use> whereUsed(String component, LocalDate date) {
    List<Use> uses = new ArrayList<>();
    whereUsedInto(uses, component, date, 1);
    return uses;
  }

  private void whereUsedInto(List<Use> uses, String component, LocalDate date, int level) {
    for (BomLine line : byComponent.getOrDefault(component, List.of())) {
      if (line.validOn(date)) {
        uses.add(new Use(level, line));
        whereUsedInto(uses, line.parent(), date, level + 1);
      }
    }
  }

  /**
   * What a quantity of a parent needs directly on a date, as MRP plans it: a phantom is never
   * planned, so its line is replaced by its own valid lines, quantities multiplied through, as deep
   * as phantoms go.
   */
  public List<Exploded> plannedComponents(String parent, BigDecimal quantity, LocalDate date) {
    List<Exploded> planned = new ArrayList<>();
    collectThroughPhantoms(planned, parent, quantity, date);
    return planned;
  }

  private void collectThroughPhantoms(
      List<Exploded> planned, String parent, BigDecimal quantity, LocalDate date) {
    for (BomLine line : byParent.getOrDefault(parent, List.of())) {
      if (line.validOn(date) && !line.alternate()) {
        BigDecimal needed = line.requirementFor(quantity);
        if (line.phantom()) {
          collectThroughPhantoms(planned, line.component(), needed, date);
        } else {
          planned.add(new Exploded(1, line, needed));
        }
      }
    }
  }
}
