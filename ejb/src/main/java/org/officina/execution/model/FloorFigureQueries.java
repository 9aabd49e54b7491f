package org.officina.execution.model;

import java.time.Instant;
import java.util.List;

/** The supervisor's figures over orders, operations and reports. */
public interface FloorFigureQueries {
  List<FloorFigures.WorkInProgress> workInProgress();

  /** The operations most recently started, at most limit of them. */
  List<FloorFigures.OperationTimes> operationTimes(int limit);

  /** Parts scrapped since an instant, by reason, most first. */
  List<FloorFigures.ScrapByReason> scrapByReason(Instant since);
}
