package org.officina.integration.model;

import java.util.List;

/**
 * The transactional outbox: an event is written in the transaction of the change it tells of, so it
 * exists if and only if the change commits; a relay then publishes it and removes it. A relay that
 * stops between publishing and removing publishes again: other systems may see an event twice (its
 * {@code officinaEventId} tells), never a change that did not happen nor miss one that did.
 */
public interface EventOutbox {

  /** Writes the event in the caller's transaction. */
  void append(OutboundEvent event);

  /** The oldest events waiting, at most so many. */
  List<OutboundEvent.Stored> oldest(int most);

  /**
   * Removes events in the caller's transaction, and tells which it removed: another relay may have
   * taken some meanwhile (the rows stay locked until the transaction ends, so that no two relays
   * take the same event).
   */
  List<Long> take(List<Long> ids);
}
