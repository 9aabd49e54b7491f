package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.purchasing.model.Supplier;

/**
 * suppliers.csv: suppliers, and subcontractors (terzisti) among them, with the calendar each keeps
 * (Officina's own column: a file without it leaves the suppliers' calendars as they are).
 */
public final class SuppliersFile implements ExchangeFile<Supplier> {

  public static final String NAME = ExchangeFormat.SUPPLIERS;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("code", "name", "subcontractor", "calendar");
  }

  @Override
  public Set<String> required() {
    return Set.of("code");
  }

  @Override
  public Supplier read(CsvRow row) {
    return new Supplier(
        row.requiredCode("code"),
        row.text("name", 200),
        row.bool("subcontractor", false),
        row.has("calendar")
            ? java.util.Objects.requireNonNullElse(row.cell("calendar"), "")
            : null);
  }

  @Override
  public List<Object> cells(Supplier supplier) {
    return Arrays.asList(
        supplier.code(), supplier.name(), supplier.subcontractor(), supplier.calendar());
  }
}
