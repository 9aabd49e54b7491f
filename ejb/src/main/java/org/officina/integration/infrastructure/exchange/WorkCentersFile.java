package org.officina.integration.infrastructure.exchange;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.resources.model.WorkCenter;

/** work_centers.csv: work centers (centri di lavoro) with their capacity and calendar. */
public final class WorkCentersFile implements ExchangeFile<WorkCenter> {

  public static final String NAME = ExchangeFormat.WORK_CENTERS;
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of(
        "code",
        "department",
        "capacity",
        "efficiency_pct",
        "calendar",
        "description",
        "utilisation_pct",
        "finite");
  }

  @Override
  public Set<String> required() {
    return Set.of("code", "department");
  }

  @Override
  public WorkCenter read(CsvRow row) {
    String code = row.requiredCode("code");
    String department = row.requiredCode("department");
    int capacity = row.integerBetween("capacity", 1, 1, 999);
    BigDecimal efficiency = row.between("efficiency_pct", HUNDRED, "1", "999");
    String calendar = row.optionalCode("calendar");
    String description = row.text("description", 200);
    BigDecimal utilisation = row.between("utilisation_pct", HUNDRED, "1", "100");
    return new WorkCenter(
        code,
        description,
        department,
        capacity,
        efficiency,
        utilisation,
        row.bool("finite", true),
        calendar);
  }

  @Override
  public List<Object> cells(WorkCenter center) {
    return Arrays.asList(
        center.code(),
        center.department(),
        center.capacity(),
        center.efficiencyPct(),
        center.calendar(),
        center.description(),
        center.utilisationPct(),
        center.finite());
  }
}
