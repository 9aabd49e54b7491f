package org.officina.execution.model;

/**
 * The client ids of the reports one declaration gives: its own for the first, then its own with #2,
 * #3 (a terminal's finish during a pause reports the run and the stop). Senders' ids may not hold
 * the separator, so no two declarations can share a report id.
 */
public final class ReportIds {

  public static final String SEPARATOR = "#";

  private ReportIds() {}

  public static String of(String clientId, int index) {
    return index == 0 ? clientId : clientId + SEPARATOR + (index + 1);
  }
}
