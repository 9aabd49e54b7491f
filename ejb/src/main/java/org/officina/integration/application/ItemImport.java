package org.officina.integration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Reader;
import org.officina.engineering.application.ItemService;
import org.officina.integration.model.CheckedItemFile;
import org.officina.integration.model.ItemFileFormat;
import org.officina.shared.model.Roles;

/**
 * Imports an items.csv in one transaction, all or nothing: a file with any error is refused whole,
 * with every error's line and column, and nothing is written. For files too large for one
 * transaction, see the items-import batch job.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class ItemImport {

  @Inject ItemService items;
  @Inject ItemFileFormat format;

  public ImportResult importCsv(Reader in) {
    CheckedItemFile check = format.check(in);
    if (!check.valid()) {
      return ImportResult.rejected(check.errors(), check.errorCount());
    }
    return ImportResult.imported(items.importItems(check.items()));
  }
}
