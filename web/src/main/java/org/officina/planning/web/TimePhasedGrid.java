package org.officina.planning.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.officina.engineering.model.ItemData;
import org.officina.planning.model.ItemRecord;

/**
 * An item's time-phased record as the workbench shows it: one column per day, week or month from
 * the start to the last period where something happens, empty periods included (projected on hand
 * carried through them), one row per measure (and, for an item with forecasts, the forecast, what
 * sales orders consumed of it and what is left of it as demand); above it, what the record starts
 * from: the item, its stock on hand and its safety stock. Quantities add up within a period;
 * projected on hand is the period's last. Columns are named in the reader's language.
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

  private final ItemRecord record;
  private final ItemData item;
  private final List<String> columns = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  public TimePhasedGrid(
      ItemRecord record, ItemData item, LocalDate start, Period period, Locale locale) {
    this.record = record;
    this.item = item;
    int last =
        record.buckets().isEmpty() ? 0 : record.buckets().get(record.buckets().size() - 1).bucket();
    Map<String, BigDecimal[]> byColumn = new LinkedHashMap<>();
    for (int day = 0; day <= last; day++) {
      byColumn.computeIfAbsent(label(start.plusDays(day), period, locale), k -> zeros());
    }
    BigDecimal projected = record.onHand();
    int next = 0;
    for (Map.Entry<String, BigDecimal[]> column : byColumn.entrySet()) {
      BigDecimal[] values = column.getValue();
      while (next < record.buckets().size()
          && label(start.plusDays(record.buckets().get(next).bucket()), period, locale)
              .equals(column.getKey())) {
        ItemRecord.Bucket bucket = record.buckets().get(next++);
        values[0] = values[0].add(bucket.gross());
        values[1] = values[1].add(bucket.scheduledReceipts());
        projected = bucket.projectedOnHand();
        values[3] = values[3].add(bucket.net());
        values[4] = values[4].add(bucket.plannedReceipt());
        values[5] = values[5].add(bucket.plannedRelease());
        values[6] = values[6].add(bucket.forecast());
        values[7] = values[7].add(bucket.forecastConsumed());
        values[8] = values[8].add(bucket.forecastRemaining());
      }
      values[2] = projected;
    }
    columns.addAll(byColumn.keySet());
    boolean forecasts = record.buckets().stream().anyMatch(b -> b.forecast().signum() != 0);
    String[] measures = {
      "gross",
      "scheduledReceipts",
      "projectedOnHand",
      "net",
      "plannedReceipts",
      "plannedReleases",
      "forecast",
      "forecastConsumed",
      "forecastRemaining"
    };
    for (int m = 0; m < (forecasts ? measures.length : 6); m++) {
      List<BigDecimal> values = new ArrayList<>();
      for (BigDecimal[] column : byColumn.values()) {
        values.add(column[m]);
      }
      rows.add(new Row(measures[m], values));
    }
  }

  private static BigDecimal[] zeros() {
    BigDecimal[] values = new BigDecimal[9];
    Arrays.fill(values, BigDecimal.ZERO);
    return values;
  }

  static String label(LocalDate date, Period period, Locale locale) {
    switch (period) {
      case WEEK:
        return date.get(IsoFields.WEEK_BASED_YEAR)
            + "-W"
            + String.format(Locale.ROOT, "%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return date.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
      default:
        return date.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
  }

  public ItemRecord getRecord() {
    return record;
  }

  /** The item as it is now, or null when it has been deleted since the run. */
  public ItemData getItem() {
    return item;
  }

  public List<String> getColumns() {
    return columns;
  }

  public List<Row> getRows() {
    return rows;
  }
}
