package org.officina.integration.batch;

import java.io.Serializable;
import org.officina.engineering.application.ImportSummary;

/**
 * What the items-import job keeps in its steps: the rows in the file and the errors found, then
 * what the load did.
 */
public record ImportProgress(long rows, long errors, long created, long updated, long unchanged)
    implements Serializable {

  public ImportProgress(long rows, long errors) {
    this(rows, errors, 0, 0, 0);
  }

  ImportProgress plus(ImportSummary chunk) {
    return new ImportProgress(
        rows,
        errors,
        created + chunk.created(),
        updated + chunk.updated(),
        unchanged + chunk.unchanged());
  }

  public long loaded() {
    return created + updated + unchanged;
  }
}
