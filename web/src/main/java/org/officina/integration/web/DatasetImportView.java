package org.officina.integration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.officina.integration.batch.DatasetImportJobs;
import org.officina.integration.batch.DatasetJobStatus;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The dataset import page: an uploaded zip of exchange-format files goes to the dataset-import job,
 * whose phases the page follows; then it shows the lines imported from each file, or every error of
 * every file (and nothing was written).
 */
@Named
@ViewScoped
public class DatasetImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DatasetImportJobs jobs;
  private String fileName;
  private Long jobId;
  private DatasetJobStatus status;

  public void upload(FileUploadEvent event) {
    fileName = event.getFile().getFileName();
    jobId = jobs.start(new ByteArrayInputStream(event.getFile().getContent()));
    refresh();
    Messages.info("datasetImport.started", fileName);
  }

  public void refresh() {
    if (jobId != null) {
      status = jobs.status(jobId).orElse(null);
    }
  }

  public boolean isRunning() {
    return status != null && status.running();
  }

  public boolean isRefused() {
    return status != null && status.result() != null && !status.result().accepted();
  }

  public boolean isImported() {
    return status != null && status.result() != null && status.result().accepted();
  }

  public List<ApiErrors.FileError> getErrors() {
    if (!isRefused()) {
      return List.of();
    }
    return ApiErrors.fileErrors(
        status.result().errors(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<Map.Entry<String, Integer>> getLines() {
    return isImported() ? List.copyOf(status.result().lines().entrySet()) : List.of();
  }

  public String getFileName() {
    return fileName;
  }

  public Long getJobId() {
    return jobId;
  }

  public DatasetJobStatus getStatus() {
    return status;
  }

  public int getPercent() {
    return status == null ? 0 : status.percent();
  }
}
