package org.officina.integration.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.EventOutbox;
import org.officina.integration.model.OutboundEvent;
import org.officina.shared.model.Roles;

/**
 * One batch of the outbox, in a transaction of its own: the oldest events are taken from the table
 * (their rows deleted, and locked until the end), sent to the broker in the sender's own
 * transaction, and only then is the deletion committed. A failure before that leaves them for the
 * next batch; a crash after the send and before the commit sends them again (the id in {@code
 * officinaEventId} tells a repeat), so an event may come twice but is never lost.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OutboxBatch {

  static final int MOST = 1000;

  @Inject EventOutbox outbox;
  @Inject OutboxSender sender;

  /** Publishes the oldest events; returns how many there were. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int publish() {
    List<OutboundEvent.Stored> oldest = outbox.oldest(MOST);
    if (oldest.isEmpty()) {
      return 0;
    }
    Set<Long> taken =
        new HashSet<>(outbox.take(oldest.stream().map(OutboundEvent.Stored::id).toList()));
    sender.send(oldest.stream().filter(e -> taken.contains(e.id())).toList());
    return oldest.size();
  }
}
