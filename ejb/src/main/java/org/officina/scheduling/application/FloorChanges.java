package org.officina.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import org.officina.execution.model.ProductionEvent;

/**
 * Whether the floor changed since the last re-schedule: an order released, an operation started, a
 * quantity declared, an operation or order finished, cancelled or closed; heard once it has
 * committed.
 */
@ApplicationScoped
public class FloorChanges {

  private final AtomicBoolean changed = new AtomicBoolean();

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductionEvent event) {
    changed.set(true);
  }

  /** Asks for a re-schedule at the next look, as a change on the floor would. */
  public void markChanged() {
    changed.set(true);
  }

  /** Whether it changed, and from now on not (until the next change). */
  public boolean takeChange() {
    return changed.getAndSet(false);
  }
}
