package org.officina.shared.model;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One reason why a value was refused: the field (named as in the exchange format), a message key
 * and its arguments. The message is rendered in the reader's language, so the portal shows it in
 * Italian and a REST client in the language it asks for.
 */
public record Violation(String field, String key, List<Object> args) implements Serializable {

  private static final String BUNDLE = "org.officina.shared.model.Messages";

  public Violation {
    args = List.copyOf(args);
  }

  public static Violation of(String field, String key, Object... args) {
    return new Violation(field, key, List.of(args));
  }

  public String message(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Violation.class.getClassLoader());
    return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
  }

  public String message() {
    return message(Locale.ENGLISH);
  }
}
