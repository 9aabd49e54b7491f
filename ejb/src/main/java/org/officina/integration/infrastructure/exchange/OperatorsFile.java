package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.resources.model.Operator;

/** operators.csv: operators, their department and the work centers they may run. */
public final class OperatorsFile implements ExchangeFile<Operator> {

  public static final String NAME = ExchangeFormat.OPERATORS;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("code", "name", "department", "skills");
  }

  @Override
  public Set<String> required() {
    return Set.of("code");
  }

  @Override
  public Operator read(CsvRow row) {
    return new Operator(
        row.requiredCode("code"),
        row.text("name", 200),
        row.optionalCode("department"),
        row.list("skills"));
  }

  @Override
  public List<Object> cells(Operator operator) {
    return Arrays.asList(
        operator.code(),
        operator.name(),
        operator.department(),
        String.join(";", operator.skills()));
  }
}
