package org.officina.planning.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.officina.engineering.model.BomLine;

/**
 * The bills of materials compiled once per run, both ways: each parent's primary lines, and for
 * each component the paths by which its parents' releases need it (one line, or lines down through
 * phantoms, which are planned through). A component's requirements are computed from its parents'
 * releases when it is netted, so a run never stores the millions of requirements a large plant has.
 * Quantities follow {@link BomLine#requirementFor}: quantity per unit or per order, scrap added,
 * rounded up to a millionth, and to a whole unit for a discrete component.
 */
final class Bills {

  /** A line of a bill, ready to explode. */
  record Line(
      BomLine line, int component, boolean discrete, long qtyPer, long validFrom, long validTo) {
    boolean validOn(long day) {
      return day >= validFrom && day <= validTo;
    }

    boolean exact() {
      return line.scrapPct().signum() == 0 && !line.phantom();
    }
  }

  /** How a parent's release needs a component: one line, or lines down through phantoms. */
  record Path(int parent, Line[] lines) {}

  private final Line[][] byParent;
  private final Path[][] toComponent;

  /**
   * @param items the run's items, in netting order
   */
  Bills(List<BomLine> bom, PlanItems items) {
    List<List<Line>> lines = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      lines.add(new ArrayList<>(0));
    }
    for (BomLine line : bom) {
      if (!line.alternate()) {
        int component = items.index(line.component());
        lines
            .get(items.index(line.parent()))
            .add(
                new Line(
                    line,
                    component,
                    items.data(component).uom().isDiscrete(),
                    Micro.of(line.qtyPer()),
                    line.validFrom() == null ? Long.MIN_VALUE : line.validFrom().toEpochDay(),
                    line.validTo() == null ? Long.MAX_VALUE : line.validTo().toEpochDay()));
      }
    }
    byParent = new Line[items.size()][];
    for (int i = 0; i < byParent.length; i++) {
      byParent[i] = lines.get(i).toArray(new Line[0]);
    }
    List<List<Path>> paths = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      paths.add(new ArrayList<>(0));
    }
    for (int parent = 0; parent < byParent.length; parent++) {
      for (Line line : byParent[parent]) {
        addPaths(parent, new Line[] {line}, paths);
      }
    }
    toComponent = new Path[items.size()][];
    for (int i = 0; i < toComponent.length; i++) {
      toComponent[i] = paths.get(i).toArray(new Path[0]);
    }
  }

  private void addPaths(int parent, Line[] path, List<List<Path>> paths) {
    Line last = path[path.length - 1];
    if (!last.line().phantom()) {
      paths.get(last.component()).add(new Path(parent, path));
      return;
    }
    for (Line below : byParent[last.component()]) {
      Line[] longer = Arrays.copyOf(path, path.length + 1);
      longer[path.length] = below;
      addPaths(parent, longer, paths);
    }
  }

  /** Whether the item has a bill to explode. */
  boolean hasBill(int item) {
    return byParent[item].length > 0;
  }

  /** The paths by which parents need the component, grouped by parent in netting order. */
  Path[] pathsTo(int component) {
    return toComponent[component];
  }

  /**
   * What a release of qty (millionths) of the path's parent on a day needs of its component, or -1
   * when a line of the path is not valid on that day.
   */
  long need(Path path, long qty, long releaseDay) {
    Line[] lines = path.lines();
    for (Line line : lines) {
      if (!line.validOn(releaseDay)) {
        return -1;
      }
    }
    Line last = lines[lines.length - 1];
    long need;
    if (lines.length == 1 && last.exact()) {
      need = last.line().fixedPerOrder() ? last.qtyPer() : timesUp(qty, last.qtyPer());
    } else {
      BigDecimal exact = Micro.decimal(qty);
      for (Line line : lines) {
        exact = line.line().requirementFor(exact);
      }
      need = Micro.of(exact);
    }
    return last.discrete() ? Micro.wholeUnitsUp(need) : need;
  }

  /** a × b / 10^6, both in millionths, rounded up; exact for every quantity a column holds. */
  private static long timesUp(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    if (high == 0 && low >= 0) {
      return Math.floorDiv(low + Micro.ONE - 1, Micro.ONE);
    }
    return Micro.of(Micro.decimal(a).multiply(Micro.decimal(b)));
  }
}
