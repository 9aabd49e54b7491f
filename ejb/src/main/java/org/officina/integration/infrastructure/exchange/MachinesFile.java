package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.resources.model.Machine;

/** machines.csv: the machines of each work center. */
public final class MachinesFile implements ExchangeFile<Machine> {

  public static final String NAME = ExchangeFormat.MACHINES;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("code", "work_center", "description");
  }

  @Override
  public Set<String> required() {
    return Set.of("code", "work_center");
  }

  @Override
  public Machine read(CsvRow row) {
    String code = row.requiredCode("code");
    String workCenter = row.requiredCode("work_center");
    return new Machine(code, row.text("description", 200), workCenter);
  }

  @Override
  public List<Object> cells(Machine machine) {
    return Arrays.asList(machine.code(), machine.workCenter(), machine.description());
  }
}
