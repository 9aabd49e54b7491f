package org.officina.integration.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.officina.integration.model.DatasetFiles;
import org.officina.shared.model.ImportError;

/** Counts every error and keeps the first ones, listed by file (in import order) and line. */
final class ErrorCollector implements Consumer<ImportError> {

  private final List<ImportError> kept = new ArrayList<>();
  private long count;

  @Override
  public void accept(ImportError error) {
    count++;
    if (kept.size() < ImportResult.MAX_REPORTED_ERRORS) {
      kept.add(error);
    }
  }

  long count() {
    return count;
  }

  List<ImportError> sorted() {
    List<String> order = DatasetFiles.names();
    return kept.stream()
        .sorted(
            Comparator.comparing((ImportError e) -> order.indexOf(e.file()))
                .thenComparing(ImportError::file)
                .thenComparingLong(ImportError::line))
        .toList();
  }
}
