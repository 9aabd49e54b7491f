package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.resources.model.Tool;

/** tools.csv: tooling and fixtures, and how many of each exist. */
public final class ToolsFile implements ExchangeFile<Tool> {

  public static final String NAME = ExchangeFormat.TOOLS;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("code", "description", "qty_available");
  }

  @Override
  public Set<String> required() {
    return Set.of("code");
  }

  @Override
  public Tool read(CsvRow row) {
    return new Tool(
        row.requiredCode("code"),
        row.text("description", 200),
        row.integerBetween("qty_available", 1, 0, 9999));
  }

  @Override
  public List<Object> cells(Tool tool) {
    return Arrays.asList(tool.code(), tool.description(), tool.qtyAvailable());
  }
}
