package org.officina.integration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.officina.integration.batch.ImportJobStatus;
import org.officina.integration.batch.ItemImportJobs;
import org.officina.integration.model.CheckedItemFile;
import org.officina.integration.model.ItemFileFormat;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The item import page. An uploaded items.csv is checked at once: with any error, every error is
 * listed by line and column and nothing is imported. A correct file goes to the items-import batch
 * job, whose progress the page follows until it completes.
 */
@Named
@ViewScoped
public class ItemsImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ItemImportJobs jobs;
  @Inject ItemFileFormat itemFiles;
  private String fileName;
  private List<ApiErrors.FileError> errors = List.of();
  private long errorCount;
  private Long jobId;
  private ImportJobStatus status;

  public void upload(FileUploadEvent event) throws IOException {
    fileName = event.getFile().getFileName();
    byte[] content = event.getFile().getContent();
    jobId = null;
    status = null;
    CheckedItemFile check;
    try (Reader in =
        new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
      check = itemFiles.check(in);
    }
    errors = ApiErrors.fileErrors(check.errors(), locale());
    errorCount = check.errorCount();
    if (!check.valid()) {
      Messages.error("import.refused", fileName, errorCount);
      return;
    }
    jobId = jobs.start(new ByteArrayInputStream(content));
    refresh();
    Messages.info("import.started", fileName, check.items().size());
  }

  public void refresh() {
    if (jobId != null) {
      status = jobs.status(jobId).orElse(null);
    }
  }

  public boolean isRunning() {
    return status != null && status.running();
  }

  public String getFileName() {
    return fileName;
  }

  public List<ApiErrors.FileError> getErrors() {
    return errors;
  }

  public long getErrorCount() {
    return errorCount;
  }

  public Long getJobId() {
    return jobId;
  }

  public ImportJobStatus getStatus() {
    return status;
  }

  public int getPercent() {
    return status == null ? 0 : status.percent();
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
