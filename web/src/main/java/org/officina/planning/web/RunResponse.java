package org.officina.planning.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.officina.planning.application.MrpRunProgress;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpOptions;
import org.officina.planning.model.MrpRunRecord;

/**
 * A run as the API shows it, with its progress while it plans: the request's settings side by side
 * with the run's state and figures, as JSON names them (snake_case of the components).
 */
public record RunResponse(
    long id,
    String plant,
    LocalDate start,
    int horizonDays,
    String mode,
    boolean simulation,
    int earlyToleranceDays,
    int lateToleranceDays,
    List<MessageType> suppressedMessages,
    boolean suggestionsOnly,
    Options options,
    String status,
    boolean live,
    Long planRun,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant endedAt,
    int attempts,
    Integer itemsPlanned,
    Integer itemsTotal,
    Integer percent,
    Integer plannedOrders,
    Integer peggingLinks,
    Integer messages,
    Integer beyondHorizon,
    Long loadMs,
    Long planMs,
    Long writeMs,
    String failure) {

  /** The run's options as JSON names them; proposals and sources sorted. */
  public record Options(
      Integer consumptionBackwardDays,
      Integer consumptionForwardDays,
      List<String> proposals,
      boolean reorderPoint,
      boolean ignorePastDue,
      List<String> sources) {

    static Options of(MrpOptions options) {
      return new Options(
          options.consumptionBackwardDays(),
          options.consumptionForwardDays(),
          options.proposals().stream().map(Enum::name).sorted().toList(),
          options.reorderPoint(),
          options.ignorePastDue(),
          options.sources().stream().map(Enum::name).sorted().toList());
    }
  }

  static RunResponse of(MrpRunRecord r, MrpRunProgress.Progress progress) {
    if (progress == null && r.itemsTotal() != null) {
      progress = new MrpRunProgress.Progress(r.itemsPlanned(), r.itemsTotal());
    }
    Integer planned = progress == null ? null : progress.planned();
    Integer total = progress == null ? null : progress.total();
    Integer percent = progress == null ? null : progress.percent();
    return new RunResponse(
        r.id(),
        r.request().plant(),
        r.request().start(),
        r.request().horizonDays(),
        r.request().mode().name(),
        r.request().simulation(),
        r.request().earlyToleranceDays(),
        r.request().lateToleranceDays(),
        r.request().suppressedMessages().stream().sorted().toList(),
        r.request().suggestionsOnly(),
        Options.of(r.request().options()),
        r.status().name(),
        r.live(),
        r.planRunId(),
        r.requestedBy(),
        r.requestedAt(),
        r.startedAt(),
        r.endedAt(),
        r.attempts(),
        planned,
        total,
        percent,
        r.plannedOrders(),
        r.peggingLinks(),
        r.messages(),
        r.beyondHorizon(),
        r.loadMillis(),
        r.planMillis(),
        r.writeMillis(),
        r.failure());
  }
}
