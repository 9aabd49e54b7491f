package org.officina.planning.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.officina.planning.model.ItemRecord;

/**
 * An item's time-phased record as the workbench shows it: one column per day, week or month, one
 * row per measure. Quantities add up within a period; projected on hand is the period's last.
 */
public final class TimePhasedGrid implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The periods a grid is cut into. */
  public enum Period {
    DAY,
    WEEK,
    MONTH
  }

  /** One row: a measure and its value in each column. */
  public record Row(String measure, List<BigDecimal> values) implements Serializable {}

  private final List<String> columns = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  public TimePhasedGrid(ItemRecord record, LocalDate start, Period period) {
    Map<String, BigDecimal[]> byColumn = new LinkedHashMap<>();
    BigDecimal projected = record.onHand();
    for (ItemRecord.Bucket bucket : record.buckets()) {
      BigDecimal[] values =
          byColumn.computeIfAbsent(label(start.plusDays(bucket.bucket()), period), k -> zeros());
      values[0] = values[0].add(bucket.gross());
      values[1] = values[1].add(bucket.scheduledReceipts());
      projected = bucket.projectedOnHand();
      values[2] = projected;
      values[3] = values[3].add(bucket.net());
      values[4] = values[4].add(bucket.plannedReceipt());
      values[5] = values[5].add(bucket.plannedRelease());
    }
    columns.addAll(byColumn.keySet());
    String[] measures = {
      "gross", "scheduledReceipts", "projectedOnHand", "net", "plannedReceipts", "plannedReleases"
    };
    for (int m = 0; m < measures.length; m++) {
      List<BigDecimal> values = new ArrayList<>();
      for (BigDecimal[] column : byColumn.values()) {
        values.add(column[m]);
      }
      rows.add(new Row(measures[m], values));
    }
  }

  private static BigDecimal[] zeros() {
    BigDecimal[] values = new BigDecimal[6];
    Arrays.fill(values, BigDecimal.ZERO);
    return values;
  }

  private static String label(LocalDate date, Period period) {
    switch (period) {
      case WEEK:
        return date.get(IsoFields.WEEK_BASED_YEAR)
            + "-W"
            + String.format(Locale.ROOT, "%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return date.format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT));
      default:
        return date.toString();
    }
  }

  public List<String> getColumns() {
    return columns;
  }

  public List<Row> getRows() {
    return rows;
  }
}
