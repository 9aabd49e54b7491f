package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.resources.model.Changeover;

/**
 * changeovers.csv: each work center's changeover matrix, minutes from one setup family to another.
 */
public final class ChangeoversFile implements ExchangeFile<Changeover> {

  public static final String NAME = ExchangeFormat.CHANGEOVERS;
  private static final int MAX_MINUTES = 99_999;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("work_center", "from_family", "to_family", "minutes");
  }

  @Override
  public Set<String> required() {
    return Set.of("work_center", "from_family", "to_family", "minutes");
  }

  @Override
  public Changeover read(CsvRow row) {
    return new Changeover(
        row.requiredCode("work_center"),
        row.requiredCode("from_family"),
        row.requiredCode("to_family"),
        row.cell("minutes") == null
            ? row.requiredInteger("minutes")
            : row.integerBetween("minutes", 0, 0, MAX_MINUTES));
  }

  @Override
  public List<Object> cells(Changeover changeover) {
    return Arrays.asList(
        changeover.workCenter(),
        changeover.fromFamily(),
        changeover.toFamily(),
        changeover.minutes());
  }
}
