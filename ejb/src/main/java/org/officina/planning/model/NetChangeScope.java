package org.officina.planning.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a net-change run plans from: the items that changed and everything below them are re-planned
 * (an item's plan depends only on its own data and on its parents' supplies); their other parents,
 * and the items whose releases reach them through phantoms, keep the live plan's orders, which are
 * exploded again. Nothing else is read. The bills are read a set of items at a time, so finding the
 * scope takes a query per level, not per item.
 */
public final class NetChangeScope {

  /** A line of a bill as the scope needs it. */
  public record Link(String parent, String component, boolean phantom) {}

  /** Reads the lines of the bills for a set of items at a time. */
  public interface BillLinks {
    /** The lines whose parent is one of these items. */
    List<Link> from(Collection<String> parents);

    /** The lines whose component is one of these items. */
    List<Link> to(Collection<String> components);

    /** The phantom lines whose component is one of these items. */
    List<Link> phantomsTo(Collection<String> components);
  }

  private final Set<String> replanned;
  private final Set<String> kept;

  private NetChangeScope(Set<String> replanned, Set<String> kept) {
    this.replanned = Set.copyOf(replanned);
    this.kept = Set.copyOf(kept);
  }

  /** The scope of a net-change run after these items changed. */
  public static NetChangeScope of(Collection<String> changed, BillLinks bills) {
    Set<String> replanned = new HashSet<>(changed);
    Collection<String> level = replanned;
    while (!level.isEmpty()) {
      Set<String> below = new HashSet<>();
      for (Link link : bills.from(level)) {
        if (replanned.add(link.component())) {
          below.add(link.component());
        }
      }
      level = below;
    }
    Set<String> kept = new HashSet<>();
    Collection<String> reached = replanned;
    boolean throughPhantomsOnly = false;
    while (!reached.isEmpty()) {
      Set<String> above = new HashSet<>();
      for (Link link : throughPhantomsOnly ? bills.phantomsTo(reached) : bills.to(reached)) {
        if (!replanned.contains(link.parent()) && kept.add(link.parent())) {
          above.add(link.parent());
        }
      }
      reached = above;
      throughPhantomsOnly = true;
    }
    return new NetChangeScope(replanned, kept);
  }

  /** The items the run plans again. */
  public Set<String> replanned() {
    return replanned;
  }

  /** The items whose live planned orders the run explodes again, without planning them. */
  public Set<String> kept() {
    return kept;
  }

  /**
   * Whether the run needs a line of a bill: into an item it re-plans, or a phantom into a kept one.
   */
  public boolean needs(String component, boolean phantom) {
    return replanned.contains(component) || phantom && kept.contains(component);
  }
}
