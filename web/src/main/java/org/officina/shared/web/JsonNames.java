package org.officina.shared.web;

import java.util.Locale;

/**
 * A request body's field names both ways: the API writes snake_case, and accepts the camelCase of
 * the Java names too.
 */
public final class JsonNames {

  private JsonNames() {}

  public static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  public static String camel(String key) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
