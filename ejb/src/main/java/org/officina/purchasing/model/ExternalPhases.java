package org.officina.purchasing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The external operations of a production order (conto lavoro di fase) gathered into subcontract
 * orders: consecutive operations done by one subcontractor travel together, one order and one
 * shipment for all of them, so that the pieces do not come back between two treatments at the same
 * supplier. What travels is what the operation before the group made, or the order's own materials
 * when the group opens the routing.
 */
public final class ExternalPhases {

  /** An operation of the order in routing order: its sequence and, when external, who does it. */
  public record Phase(int seq, String subcontractor) {}

  /**
   * Operations that go out together.
   *
   * @param previousSeq the operation whose output is shipped, or null when the group comes first
   */
  public record Group(String subcontractor, List<Integer> seqs, Integer previousSeq) {
    public Group {
      seqs = List.copyOf(seqs);
    }

    public int firstSeq() {
      return seqs.get(0);
    }

    public int lastSeq() {
      return seqs.get(seqs.size() - 1);
    }
  }

  private ExternalPhases() {}

  /** The groups of the order's external operations, in routing order. */
  public static List<Group> group(List<Phase> phases) {
    List<Group> groups = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    String subcontractor = null;
    Integer previous = null;
    Integer before = null;
    for (Phase phase : phases) {
      boolean joins =
          phase.subcontractor() != null
              && phase.subcontractor().equals(subcontractor)
              && !current.isEmpty();
      if (!joins && !current.isEmpty()) {
        groups.add(new Group(subcontractor, current, previous));
        current = new ArrayList<>();
      }
      if (phase.subcontractor() != null) {
        if (current.isEmpty()) {
          previous = before;
        }
        current.add(phase.seq());
      }
      subcontractor = phase.subcontractor();
      before = phase.seq();
    }
    if (!current.isEmpty()) {
      groups.add(new Group(subcontractor, current, previous));
    }
    return groups;
  }

  /** A group split into an order per operation, each shipping what the one before it made. */
  public static List<Group> ungroup(Group group) {
    List<Group> singles = new ArrayList<>();
    Integer previous = group.previousSeq();
    for (int seq : group.seqs()) {
      singles.add(new Group(group.subcontractor(), List.of(seq), previous));
      previous = seq;
    }
    return singles;
  }
}
