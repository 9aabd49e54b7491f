package org.officina.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * How the portal writes values for a person: numbers, dates and times in the reader's language
 * (0,065 in Italian, 0.065 in English), times in the plant's zone, and codes (states, kinds,
 * reasons, units) as the translated label they have. Pages use it as {@code #{fmt.qty(x)}}.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  /** The most decimals a quantity is stored with: all are shown, none added. */
  private static final int DECIMALS = 6;

  @Inject PlantZone plantZone;

  public Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** A quantity or amount: grouped, with the decimals it has and no trailing zeros. */
  public String qty(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(DECIMALS);
    return format.format(value);
  }

  /** A percentage held as a number of percent (12.5 → "12,5 %" in Italian). */
  public String pct(BigDecimal value) {
    return value == null ? "" : qty(value) + " %";
  }

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
  }

  /** A moment, as the clock on the plant's wall showed it. */
  public String time(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(plantZone.zone())
            .format(instant);
  }

  /**
   * A code's label in the reader's language: {@code label('orderStatus', 'RELEASED')} reads the key
   * orderStatus.RELEASED; a code without a label (a reason added by an import) shows as it is.
   */
  public String label(String kind, Object code) {
    if (code == null) {
      return "";
    }
    try {
      return Messages.text(kind + "." + code);
    } catch (MissingResourceException e) {
      return code.toString();
    }
  }
}
