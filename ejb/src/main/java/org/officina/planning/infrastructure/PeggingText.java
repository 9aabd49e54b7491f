package org.officina.planning.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.officina.planning.model.PegEnd;

/**
 * How a run stores one side of an end's pegging in a text column: the ends at the other side of its
 * links with the quantity of each, as in {@code D1042:5;P17:2.5;Z3}. A planned order keeps what it
 * is pegged to and what covers it on its own row, so that a run writes one row per order instead of
 * one per link, and each pegging step is read by primary key. Kinds: D demand line, P planned order
 * (by number), O open order (supply line), F firm planned order, S stock and Z safety stock (by
 * item); the others by their row's id.
 */
public final class PeggingText {

  /** One entry: the end's kind, its id as the database knows it, and the link's quantity. */
  public record Entry(PegEnd kind, long id, BigDecimal qty) {}

  private PeggingText() {}

  public static char code(PegEnd end) {
    switch (end) {
      case DEMAND:
        return 'D';
      case PLANNED_ORDER:
        return 'P';
      case OPEN_ORDER:
        return 'O';
      case FIRM_PLANNED_ORDER:
        return 'F';
      case STOCK:
        return 'S';
      default:
        return 'Z';
    }
  }

  public static PegEnd kind(char code) {
    for (PegEnd end : PegEnd.values()) {
      if (code(end) == code) {
        return end;
      }
    }
    throw new IllegalArgumentException("no pegging kind " + code);
  }

  /** Appends one entry; micro is the quantity in millionths. */
  public static void append(StringBuilder text, PegEnd kind, long id, long micro) {
    if (text.length() > 0) {
      text.append(';');
    }
    text.append(code(kind)).append(id).append(':');
    appendMicro(text, micro);
  }

  /** A quantity in millionths as plain decimal text without trailing zeros: 2.5, 20. */
  static void appendMicro(StringBuilder text, long micro) {
    if (micro < 0) {
      text.append('-');
    }
    long abs = Math.abs(micro);
    text.append(abs / 1_000_000);
    long fraction = abs % 1_000_000;
    if (fraction != 0) {
      int digits = 6;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      text.append('.');
      String figures = Long.toString(fraction);
      text.append("000000", 0, digits - figures.length()).append(figures);
    }
  }

  /** Whether an entry stays, by its kind and id. */
  @FunctionalInterface
  public interface EntryFilter {
    boolean keeps(PegEnd kind, long id);
  }

  /** Appends the entries of a stored text that the filter keeps, as they were written. */
  public static void appendKept(StringBuilder text, String stored, EntryFilter filter) {
    if (stored == null || stored.isEmpty()) {
      return;
    }
    for (String entry : stored.split(";")) {
      int colon = entry.indexOf(':');
      if (filter.keeps(kind(entry.charAt(0)), Long.parseLong(entry.substring(1, colon)))) {
        if (text.length() > 0) {
          text.append(';');
        }
        text.append(entry);
      }
    }
  }

  /** The entries of a stored text, in the order they were written; none for null. */
  public static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return entries;
    }
    for (String entry : text.split(";")) {
      int colon = entry.indexOf(':');
      entries.add(
          new Entry(
              kind(entry.charAt(0)),
              Long.parseLong(entry.substring(1, colon)),
              new BigDecimal(entry.substring(colon + 1))));
    }
    return entries;
  }
}
