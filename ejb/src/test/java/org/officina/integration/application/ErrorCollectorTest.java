package org.officina.integration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.ImportStopped;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

class ErrorCollectorTest {

  private static ImportError error(long line) {
    return new ImportError("stock.csv", line, Violation.of("qty", "value.positive", "-1"));
  }

  @Test
  void the_same_refusal_of_the_same_cell_counts_once() {
    ErrorCollector errors = new ErrorCollector();

    errors.accept(error(2));
    errors.accept(error(2));
    errors.accept(error(3));

    assertThat(errors.count()).isEqualTo(2);
  }

  @Test
  void an_import_stops_at_the_error_after_the_most_it_lists_and_says_so() {
    ErrorCollector errors = new ErrorCollector();
    for (int line = 2; line < 2 + ImportResult.MAX_REPORTED_ERRORS; line++) {
      errors.accept(error(line));
    }

    ImportStopped stop =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> errors.accept(error(5_000)), ImportStopped.class);
    DatasetResult result = errors.stopped(stop);

    assertThat(result.errorCount()).isEqualTo(ImportResult.MAX_REPORTED_ERRORS + 1);
    assertThat(result.errors()).hasSize(ImportResult.MAX_REPORTED_ERRORS + 1);
    ImportError last = result.errors().get(ImportResult.MAX_REPORTED_ERRORS);
    assertThat(last.line()).isEqualTo(5_000);
    assertThat(last.message(java.util.Locale.ENGLISH)).startsWith("more than 1,000 errors");
  }

  @Test
  void a_dataset_of_more_lines_than_an_import_takes_stops_at_the_first_beyond() {
    Dataset dataset = new Dataset();
    for (int line = 0; line < Dataset.MOST_LINES; line++) {
      dataset.counted("demand.csv", line);
    }

    assertThatThrownBy(() -> dataset.counted("demand.csv", Dataset.MOST_LINES))
        .isInstanceOf(ImportStopped.class)
        .hasMessageContaining("demand.csv:" + Dataset.MOST_LINES);
  }
}
