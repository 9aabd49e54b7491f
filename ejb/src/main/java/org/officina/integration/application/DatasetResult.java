package org.officina.integration.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.officina.shared.model.ImportError;

/**
 * The end of a dataset import: every file imported (the lines read from each), or nothing at all
 * because of these errors, at most {@link ImportResult#MAX_REPORTED_ERRORS} of them listed and
 * {@code errorCount} counting them all.
 */
public record DatasetResult(Map<String, Integer> lines, List<ImportError> errors, long errorCount)
    implements Serializable {

  public DatasetResult {
    lines = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(lines));
    errors = List.copyOf(errors);
  }

  public boolean accepted() {
    return errorCount == 0;
  }
}
