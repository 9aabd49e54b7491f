package org.officina.integration.infrastructure.exchange;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.officina.engineering.model.ItemData;
import org.officina.integration.application.ImportResult;
import org.officina.integration.model.CheckedItemFile;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * Reads a whole items.csv and tells whether it can be imported: its items, or its errors (all of
 * them counted, the first {@link ImportResult#MAX_REPORTED_ERRORS} kept). Plain Java, so that the
 * portal, REST, the batch job and tests check files in exactly the same way.
 */
public final class ItemFileCheck implements CheckedItemFile {

  private final List<ItemData> items = new ArrayList<>();
  private final List<ImportError> errors = new ArrayList<>();
  private long errorCount;

  private ItemFileCheck() {}

  public static ItemFileCheck of(Reader in) {
    ItemFileCheck check = new ItemFileCheck();
    try (ItemsCsv.RowReader rows = ItemsCsv.open(in)) {
      while (rows.hasNext()) {
        ItemsCsv.Row row = rows.next();
        if (row.valid()) {
          check.items.add(row.item());
        } else {
          row.errors().forEach(check::report);
        }
      }
      rows.headerErrors().forEach(check::report);
    }
    if (check.errorCount == 0 && check.items.isEmpty()) {
      check.report(new ImportError(ItemsCsv.FILE, 2, Violation.of(null, "csv.noRows")));
    }
    return check;
  }

  private void report(ImportError error) {
    errorCount++;
    if (errors.size() < ImportResult.MAX_REPORTED_ERRORS) {
      errors.add(error);
    }
  }

  @Override
  public boolean valid() {
    return errorCount == 0;
  }

  @Override
  public List<ItemData> items() {
    return Collections.unmodifiableList(items);
  }

  @Override
  public List<ImportError> errors() {
    return List.copyOf(errors);
  }

  @Override
  public long errorCount() {
    return errorCount;
  }
}
