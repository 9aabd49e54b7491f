package org.officina.integration.application;

import java.util.List;
import org.officina.engineering.application.ImportSummary;
import org.officina.shared.model.ImportError;

/**
 * The end of an import: either everything was imported (the summary), or nothing was, because of
 * these errors. At most {@link #MAX_REPORTED_ERRORS} errors are listed; {@code errorCount} counts
 * them all.
 */
public record ImportResult(ImportSummary summary, List<ImportError> errors, long errorCount) {

  public static final int MAX_REPORTED_ERRORS = 1000;

  public ImportResult {
    errors = List.copyOf(errors);
  }

  public static ImportResult imported(ImportSummary summary) {
    return new ImportResult(summary, List.of(), 0);
  }

  public static ImportResult rejected(List<ImportError> errors, long errorCount) {
    return new ImportResult(null, errors, errorCount);
  }

  public boolean accepted() {
    return errorCount == 0;
  }
}
