package org.officina.integration.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.officina.integration.model.CheckedItemFile;
import org.officina.integration.model.ItemFileFormat;

/** The items-import job's first step: the whole file is checked before anything is written. */
@Named
@Dependent
public class ItemsFileCheckBatchlet extends AbstractBatchlet {

  static final String INVALID = "INVALID";

  @Inject @BatchProperty String file;
  @Inject StepContext step;
  @Inject ItemFileFormat itemFiles;

  @Override
  public String process() throws Exception {
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      CheckedItemFile check = itemFiles.check(in);
      step.setPersistentUserData(new ImportProgress(check.items().size(), check.errorCount()));
      return check.valid() ? "CHECKED" : INVALID;
    }
  }
}
