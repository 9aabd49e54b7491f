package org.officina.integration.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.officina.integration.model.ExchangeFormat;
import org.officina.integration.model.ImportStopped;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * Keeps the errors of an import, listed by file (in import order) and line; the same refusal of the
 * same cell counts once. After {@link ImportResult#MAX_REPORTED_ERRORS} the import stops where the
 * next error is: a file that wrong is to be fixed whole, and counting on would cost time and memory
 * for every error of a hostile file.
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
    if (kept.size() == ImportResult.MAX_REPORTED_ERRORS) {
      throw new ImportStopped(
          new ImportError(
              error.file(),
              error.line(),
              Violation.of(null, "import.tooManyErrors", ImportResult.MAX_REPORTED_ERRORS)));
    }
    count++;
    kept.add(error);
  }

  /** The errors with the reason the import stopped early, which is one more. */
  DatasetResult stopped(ImportStopped stop) {
    List<ImportError> all = new ArrayList<>(sorted());
    all.add(stop.reason());
    return new DatasetResult(java.util.Map.of(), all, count + 1);
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
