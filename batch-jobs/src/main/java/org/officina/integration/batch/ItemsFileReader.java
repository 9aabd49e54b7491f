package org.officina.integration.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.officina.integration.infrastructure.exchange.ItemsCsv;

/**
 * Streams the rows of the checked file; its checkpoint is the number of rows already handed to the
 * writer, so a restarted job skips them.
 */
@Named
@Dependent
public class ItemsFileReader extends AbstractItemReader {

  @Inject @BatchProperty String file;
  private ItemsCsv.RowReader rows;
  private long taken;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    rows = ItemsCsv.open(Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8));
    if (checkpoint instanceof Long done) {
      rows.skip(done);
      taken = done;
    }
  }

  @Override
  public Object readItem() {
    if (!rows.hasNext()) {
      return null;
    }
    ItemsCsv.Row row = rows.next();
    if (!row.valid()) {
      throw new IllegalStateException(
          "line " + row.line() + " changed since the check: " + row.errors());
    }
    taken++;
    return row.item();
  }

  @Override
  public Serializable checkpointInfo() {
    return taken;
  }

  @Override
  public void close() {
    if (rows != null) {
      rows.close();
    }
  }
}
