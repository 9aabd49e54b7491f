package org.officina.integration.infrastructure.exchange;

import java.util.List;
import java.util.Set;

/**
 * One file of the exchange format (docs/exchange-format.md): its name, its columns in the order
 * export writes them, which of them are required, how a line becomes a value and a value a line.
 */
public interface ExchangeFile<T> {

  String name();

  List<String> columns();

  Set<String> required();

  /** The value a line describes; whatever cannot be read is recorded on the row. */
  T read(CsvRow row);

  /** The cells of a value, in the order of {@link #columns()}; null is an empty cell. */
  List<Object> cells(T value);
}
