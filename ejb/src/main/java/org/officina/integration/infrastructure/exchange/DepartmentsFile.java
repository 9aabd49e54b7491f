package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.resources.model.Department;

/** departments.csv: departments (reparti) and the plant each belongs to. */
public final class DepartmentsFile implements ExchangeFile<Department> {

  public static final String NAME = ExchangeFormat.DEPARTMENTS;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("code", "description", "plant");
  }

  @Override
  public Set<String> required() {
    return Set.of("code");
  }

  @Override
  public Department read(CsvRow row) {
    String plant = row.optionalCode("plant");
    return new Department(
        row.requiredCode("code"),
        row.text("description", 200),
        plant == null ? Department.DEFAULT_PLANT : plant);
  }

  @Override
  public List<Object> cells(Department department) {
    return Arrays.asList(department.code(), department.description(), department.plant());
  }
}
