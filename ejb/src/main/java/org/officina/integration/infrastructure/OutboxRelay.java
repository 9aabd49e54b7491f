package org.officina.integration.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.officina.shared.model.Roles;

/**
 * Publishes the outbox's events, batch after batch until it is empty, then again a second after.
 * Each server of a cluster relays; a batch's rows are taken by one of them only. The next round is
 * set when one ends, so that a long round (an import's hundred thousand events) is never overlapped
 * by the next.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  private static final long PAUSE_MILLIS = 1000;

  @Resource TimerService timers;
  @Inject OutboxBatch batch;

  @PostConstruct
  void start() {
    next();
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void relay() {
    try {
      int published;
      do {
        published = batch.publish();
      } while (published == OutboxBatch.MOST);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "events not published yet (tried again in a second)", e);
    } finally {
      next();
    }
  }

  private void next() {
    timers.createSingleActionTimer(PAUSE_MILLIS, new TimerConfig("outbox relay", false));
  }
}
