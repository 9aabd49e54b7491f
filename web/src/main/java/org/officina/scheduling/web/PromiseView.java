package org.officina.scheduling.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.officina.scheduling.application.PromiseService;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;

/**
 * Capable to promise in the portal: when an order of an item would be done if it were added now to
 * the live schedule, what sets that date, and where each of its operations would go.
 */
@Named
@ViewScoped
public class PromiseView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An operation of the promised order, as instants. */
  public record Step(int seq, String workCenter, Integer unit, Instant start, Instant end)
      implements Serializable {}

  @Inject PromiseService promises;

  private String item;
  private BigDecimal qty = BigDecimal.ONE;
  private int priority = 5;
  private PromiseService.Promise promise;

  public void ask() {
    Outcome<PromiseService.Promise> answer =
        promises.promise(item == null ? "" : item.strip(), qty, priority);
    if (answer instanceof Outcome.Done<PromiseService.Promise> done) {
      promise = done.value();
    } else if (answer instanceof Outcome.Refused<PromiseService.Promise> refused) {
      promise = null;
      refused.violations().forEach(v -> Messages.violation(null, null, v));
    }
  }

  public PromiseService.Promise getPromise() {
    return promise;
  }

  public List<Step> getSteps() {
    if (promise == null) {
      return List.of();
    }
    return promise.operations().stream()
        .filter(op -> op.start() != null)
        .map(op -> step(promise.origin(), op))
        .toList();
  }

  private static Step step(Instant origin, ScheduleResult.OperationRow op) {
    return new Step(
        op.seq(),
        op.workCenter(),
        op.unit() == null ? null : op.unit() + 1,
        origin.plusSeconds(60 * op.start()),
        origin.plusSeconds(60 * op.end()));
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public BigDecimal getQty() {
    return qty;
  }

  public void setQty(BigDecimal qty) {
    this.qty = qty;
  }

  public int getPriority() {
    return priority;
  }

  public void setPriority(int priority) {
    this.priority = priority;
  }
}
