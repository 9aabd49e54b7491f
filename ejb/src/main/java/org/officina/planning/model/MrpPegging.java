package org.officina.planning.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A stored run's pegging, read one level at a time in either direction. */
public interface MrpPegging {
  /** The supplies pegged to a consumer: what covers a demand or an order's requirements. */
  List<PeggingNode> suppliesOf(long run, PegEnd consumer, long id);

  /** The consumers a supply is pegged to: the demands and orders it serves. */
  List<PeggingNode> consumersOf(long run, PegEnd supply, long id);

  /**
   * What an item's supplies cover in a run: their consumers as nodes dated when they need it (a
   * demand's due date, an order's release), safety stock left out.
   */
  List<PeggingNode> requirementsOf(long run, long itemId, int firstOrder, int orderCount);

  /**
   * The node a pegging tree starts from, with its item, quantity and date and no children yet: a
   * planned order of the run (by number), or a demand line (by id), empty when there is none.
   */
  java.util.Optional<PeggingNode> top(long run, PegEnd kind, long id);

  /** The demand lines a run's planned orders are pegged to, by id, named as number/line. */
  Map<Long, String> demandReferences(long run);

  /** The demand lines with these ids, named as number/line. */
  Map<Long, String> demandReferences(Collection<Long> ids);
}
