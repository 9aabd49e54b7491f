package org.officina.integration.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.ItemData;

/**
 * Writes a chunk of items in the chunk's transaction and keeps the running counts with the
 * checkpoint.
 */
@Named
@Dependent
public class ItemMasterWriter extends AbstractItemWriter {

  @Inject ItemService items;
  @Inject StepContext step;

  @Override
  public void writeItems(List<Object> chunk) {
    List<ItemData> batch = chunk.stream().map(ItemData.class::cast).toList();
    ImportProgress progress =
        step.getPersistentUserData() instanceof ImportProgress p ? p : new ImportProgress(0, 0);
    step.setPersistentUserData(progress.plus(items.importItems(batch)));
  }
}
