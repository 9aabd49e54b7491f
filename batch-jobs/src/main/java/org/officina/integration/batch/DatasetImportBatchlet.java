package org.officina.integration.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.officina.integration.application.DatasetImport;
import org.officina.integration.application.DatasetResult;

/** The dataset-import job's step: the stored zip imported whole, its phases reported as it goes. */
@Named
@Dependent
public class DatasetImportBatchlet extends AbstractBatchlet {

  static final String INVALID = "INVALID";

  @Inject @BatchProperty String file;
  @Inject JobContext job;
  @Inject StepContext step;
  @Inject DatasetImport datasetImport;
  @Inject DatasetImportProgress progress;

  @Override
  public String process() throws Exception {
    long execution = job.getExecutionId();
    int[] done = {0};
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      DatasetResult result =
          datasetImport.importZip(in, phase -> progress.reached(execution, ++done[0]));
      step.setPersistentUserData(result);
      Files.deleteIfExists(Path.of(file));
      return result.accepted() ? "IMPORTED" : INVALID;
    } finally {
      progress.forget(execution);
    }
  }
}
