package org.officina.integration.infrastructure.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Map;
import java.util.function.Consumer;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.DatasetFormat;
import org.officina.shared.model.ImportError;

/** A dataset as CSV files ({@link DatasetFiles}), zipped for transfer ({@link DatasetZip}). */
@ApplicationScoped
public class CsvDatasetFormat implements DatasetFormat {

  @Override
  public void readZip(InputStream zip, Dataset into, Consumer<ImportError> errors)
      throws IOException {
    DatasetZip.read(zip, (name, in) -> DatasetFiles.read(name, in, into, errors));
  }

  @Override
  public void read(String file, Reader in, Dataset into, Consumer<ImportError> errors) {
    DatasetFiles.read(file, in, into, errors);
  }

  @Override
  public Map<String, Integer> lineCounts(Dataset dataset) {
    return DatasetFiles.lineCounts(dataset);
  }

  @Override
  public void zip(Dataset dataset, ItemsWriter items, OutputStream out) throws IOException {
    DatasetZip.write(dataset, items, out);
  }
}
