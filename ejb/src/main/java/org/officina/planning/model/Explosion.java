package org.officina.planning.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;

/**
 * The bills of materials compiled once per run for exploding planned releases: each parent's
 * primary lines with their component's requirements at hand, so that millions of releases explode
 * without a lookup by code. Quantities follow {@link BomLine#requirementFor}: quantity per unit or
 * per order, scrap added, rounded up to a millionth, and to a whole unit for a discrete component;
 * phantoms are planned through on exact quantities.
 */
final class Explosion {

  /** A line of a bill, ready to explode. */
  private record Line(
      BomLine line,
      Requirements target,
      boolean discrete,
      long qtyPer,
      long validFrom,
      long validTo) {
    boolean validOn(long day) {
      return day >= validFrom && day <= validTo;
    }

    boolean exact() {
      return line.scrapPct().signum() == 0 && !line.phantom();
    }
  }

  private final Map<String, List<Line>> byParent = new HashMap<>();

  Explosion(
      List<BomLine> bom, Map<String, ItemData> items, Map<String, Requirements> requirements) {
    for (BomLine line : bom) {
      if (line.alternate()) {
        continue;
      }
      ItemData component = items.get(line.component());
      if (component == null) {
        throw new IllegalArgumentException(
            "no item " + line.component() + " in the bill of " + line.parent());
      }
      byParent
          .computeIfAbsent(line.parent(), p -> new ArrayList<>())
          .add(
              new Line(
                  line,
                  requirements.get(line.component()),
                  component.uom().isDiscrete(),
                  Micro.of(line.qtyPer()),
                  line.validFrom() == null ? Long.MIN_VALUE : line.validFrom().toEpochDay(),
                  line.validTo() == null ? Long.MAX_VALUE : line.validTo().toEpochDay()));
    }
  }

  /** Adds what a release of qty (millionths) of the parent on a day needs to its components. */
  void explode(String parent, long qty, long releaseDay, int bucket) {
    for (Line line : byParent.getOrDefault(parent, List.of())) {
      if (!line.validOn(releaseDay)) {
        continue;
      }
      if (line.exact()) {
        long need = line.line().fixedPerOrder() ? line.qtyPer() : timesUp(qty, line.qtyPer());
        add(line, need, bucket);
      } else {
        explodeExact(line, Micro.decimal(qty), releaseDay, bucket);
      }
    }
  }

  private void explodeExact(Line line, BigDecimal parentQty, long releaseDay, int bucket) {
    BigDecimal need = line.line().requirementFor(parentQty);
    if (!line.line().phantom()) {
      add(line, Micro.of(need), bucket);
      return;
    }
    for (Line below : byParent.getOrDefault(line.line().component(), List.of())) {
      if (below.validOn(releaseDay)) {
        explodeExact(below, need, releaseDay, bucket);
      }
    }
  }

  private static void add(Line line, long need, int bucket) {
    line.target().add(bucket, line.discrete() ? Micro.wholeUnitsUp(need) : need);
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
