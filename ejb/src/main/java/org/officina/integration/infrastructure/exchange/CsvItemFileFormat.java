package org.officina.integration.infrastructure.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import org.officina.engineering.model.ItemData;
import org.officina.integration.model.CheckedItemFile;
import org.officina.integration.model.ItemFileFormat;

/** items.csv read by {@link ItemFileCheck} and written by {@link ItemsCsv}. */
@ApplicationScoped
public class CsvItemFileFormat implements ItemFileFormat {

  @Override
  public CheckedItemFile check(Reader in) {
    return ItemFileCheck.of(in);
  }

  @Override
  public void write(Iterable<ItemData> items, Writer out) throws IOException {
    ItemsCsv.write(items, out);
  }
}
