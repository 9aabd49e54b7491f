package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A work report (dichiarazione): a declaration as it was applied to an order's operation, with who
 * recorded it and when. Reports are never changed; a correction is another report.
 */
public record WorkReport(
    long id,
    String clientId,
    String order,
    int operationSeq,
    WorkKind kind,
    String workCenter,
    BigDecimal minutes,
    BigDecimal goodQty,
    BigDecimal scrapQty,
    String scrapReason,
    String stopReason,
    List<String> operators,
    boolean finishes,
    ReportSource source,
    Instant happenedAt,
    String recordedBy,
    Instant recordedAt) {

  public WorkReport {
    operators = List.copyOf(operators);
  }
}
