package org.officina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officina.integration.infrastructure.exchange.CsvDatasetFormat;
import org.officina.integration.model.Catalog;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.DatasetRules;
import org.officina.shared.model.ImportError;

class SchedulePlantFilesTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  @TempDir Path dir;

  @Test
  void the_scheduling_plant_is_a_dataset_the_import_accepts_whole() throws IOException {
    List<SchedulePlantFiles.Product> products =
        SchedulePlantFiles.write(dir.resolve("plant"), 200, 7, MONDAY);
    List<ImportError> errors = new ArrayList<>();
    Dataset dataset = new Dataset();
    try (Stream<Path> files = Files.list(dir.resolve("plant"))) {
      for (Path file : files.sorted().toList()) {
        try (Reader in = Files.newBufferedReader(file)) {
          new CsvDatasetFormat().read(file.getFileName().toString(), in, dataset, errors::add);
        }
      }
    }
    DatasetRules.check(dataset, Catalog.empty(), errors::add);

    assertThat(errors).isEmpty();
    assertThat(products).hasSize(200);
    assertThat(dataset.workCenters).hasSize(SchedulePlantFiles.CENTERS);
    assertThat(dataset.changeovers).isNotEmpty();
    assertThat(dataset.routings).anyMatch(op -> !op.value().alternateWorkCenters().isEmpty());
    assertThat(dataset.routings).anyMatch(op -> op.value().subcontractor() != null);
  }

  @Test
  void the_same_seed_writes_the_same_plant() throws IOException {
    SchedulePlantFiles.write(dir.resolve("a"), 100, 7, MONDAY);
    SchedulePlantFiles.write(dir.resolve("b"), 100, 7, MONDAY);
    for (String file : List.of("routings.csv", "work_centers.csv", "changeovers.csv")) {
      assertThat(Files.readString(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("a").resolve(file)));
    }
  }
}
