package org.officina.integration.model;

import java.util.List;
import org.officina.engineering.model.ItemData;
import org.officina.shared.model.ImportError;

/**
 * A whole items.csv read: its items, or its errors (all of them counted, the first ones kept), so
 * that the portal, REST, the batch job and tests check files in exactly the same way.
 */
public interface CheckedItemFile {

  boolean valid();

  List<ItemData> items();

  List<ImportError> errors();

  long errorCount();
}
