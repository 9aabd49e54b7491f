package org.officina.shared.model;

import java.io.Serializable;
import java.util.Locale;

/**
 * A refused cell or line of an imported file: where it is (file, line, column) and what is wrong
 * with it.
 */
public record ImportError(String file, long line, Violation violation) implements Serializable {

  public String column() {
    return violation.field();
  }

  public String message(Locale locale) {
    return violation.message(locale);
  }

  @Override
  public String toString() {
    return file
        + ":"
        + line
        + (column() == null ? "" : " [" + column() + "]")
        + " "
        + violation.message();
  }
}
