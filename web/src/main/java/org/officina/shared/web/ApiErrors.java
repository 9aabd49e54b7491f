package org.officina.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * The API's error bodies. A refused request answers with what a client can act on: a message, or
 * for invalid data the list of every problem, each naming its field (or file, line and column), in
 * the client's language.
 */
public final class ApiErrors {

  public static final String ERROR_COUNT_HEADER = "Officina-Error-Count";

  private ApiErrors() {}

  /** A single problem: {"status": 404, "message": "..."}. */
  public record Problem(int status, String message) {}

  /** One invalid field of a JSON body. */
  public record FieldError(String field, String message) {}

  /** One error of an imported file. */
  public record FileError(String file, long line, String column, String message) {}

  public static Response problem(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Problem(status.getStatusCode(), message))
        .build();
  }

  public static Response invalid(List<Violation> violations, Locale locale) {
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(violations.stream().map(v -> new FieldError(v.field(), v.message(locale))).toList())
        .build();
  }

  public static Response invalidFile(List<ImportError> errors, long errorCount, Locale locale) {
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(ERROR_COUNT_HEADER, errorCount)
        .entity(fileErrors(errors, locale))
        .build();
  }

  public static List<FileError> fileErrors(List<ImportError> errors, Locale locale) {
    return errors.stream()
        .map(e -> new FileError(e.file(), e.line(), e.column(), e.message(locale)))
        .toList();
  }

  /** Italian for clients that prefer it, English otherwise. */
  public static Locale locale(HttpHeaders headers) {
    return headers.getAcceptableLanguages().stream()
        .filter(l -> l.getLanguage().equals("it") || l.getLanguage().equals("en"))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /** A date query parameter (YYYY-MM-DD), null when absent; anything else is a 400. */
  public static java.time.LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new jakarta.ws.rs.BadRequestException(
          problem(Response.Status.BAD_REQUEST, name + " must be a date YYYY-MM-DD, not " + value));
    }
  }
}
