package org.officina.integration.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.officina.integration.model.ExchangeFormat;
import org.officina.shared.model.ImportError;

/**
 * Counts every error and keeps the first ones, listed by file (in import order) and line; the same
 * refusal of the same cell counts once.
 */
final class ErrorCollector implements Consumer<ImportError> {

  private final List<ImportError> kept = new ArrayList<>();
  private final Set<List<Object>> seen = new HashSet<>();
  private long count;

  /**
   * Keeps an error, unless the same cell was already refused for the same reason: a value can break
   * the rule of its file and the same rule checked again across files.
   */
  @Override
  public void accept(ImportError error) {
    List<Object> key =
        Arrays.asList(error.file(), error.line(), error.column(), error.violation().key());
    if (!seen.add(key)) {
      return;
    }
    count++;
    if (kept.size() < ImportResult.MAX_REPORTED_ERRORS) {
      kept.add(error);
    }
  }

  long count() {
    return count;
  }

  List<ImportError> sorted() {
    List<String> order = ExchangeFormat.names();
    return kept.stream()
        .sorted(
            Comparator.comparing((ImportError e) -> order.indexOf(e.file()))
                .thenComparing(ImportError::file)
                .thenComparingLong(ImportError::line))
        .toList();
  }
}
