package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A delivery note of conto lavoro (DDT, documento di trasporto): numbered without gaps within its
 * year, it sends components by lot from our warehouses to a subcontractor's, for the subcontractor
 * to work on for us; posted once, reversed (its stock brought back) while nothing of what it sent
 * was consumed or returned.
 */
public record DeliveryNote(
    String number,
    LocalDate date,
    String supplier,
    String toWarehouse,
    String carrier,
    boolean reversed,
    String postedBy,
    Instant postedAt,
    List<Line> lines) {

  /** The reason printed on every note: goods sent to be worked on, not sold. */
  public static final String REASON = "conto lavoro";

  public DeliveryNote {
    lines = List.copyOf(lines);
  }

  /** A lot of a component of a subcontract order sent from one of our warehouses. */
  public record Line(
      int line,
      String order,
      int componentLine,
      String item,
      String lot,
      BigDecimal qty,
      String fromWarehouse) {}

  /** The note's number: DDT-year-n, n from 1 each year. */
  public static String number(int year, long n) {
    return "DDT-" + year + "-" + n;
  }
}
