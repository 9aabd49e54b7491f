package org.officina.shared.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * The API's one error format, RFC 9457 problem details ({@code application/problem+json}): a
 * refused request answers with what a client can act on, in the client's language; invalid data
 * adds the list of every problem ({@code errors}), each naming its field (or file, line and
 * column).
 */
public final class ApiErrors {

  public static final String ERROR_COUNT_HEADER = "Officina-Error-Count";

  public static final MediaType PROBLEM = new MediaType("application", "problem+json");

  private ApiErrors() {}

  /**
   * A problem: {@code type} is always about:blank (the status says what kind), {@code title} the
   * status's phrase, {@code detail} what happened here. The extension members {@code errors} (every
   * invalid value) and {@code error_count} (all the errors of a file, of which errors lists the
   * first) appear only when there are such.
   */
  public record Problem(
      String type, String title, int status, String detail, List<?> errors, Long errorCount) {}

  /** One invalid field of a JSON body or a parameter. */
  public record FieldError(String field, String message) {}

  /** One error of an imported file. */
  public record FileError(String file, long line, String column, String message) {}

  public static Response problem(Response.Status status, String detail) {
    return problem(status.getStatusCode(), detail);
  }

  public static Response problem(int status, String detail) {
    return build(status, new Problem("about:blank", title(status), status, detail, null, null));
  }

  public static Response invalid(List<Violation> violations, Locale locale) {
    return fields(
        violations.stream().map(v -> new FieldError(v.field(), v.message(locale))).toList(),
        locale);
  }

  /** 422 with every invalid field, each message already in the client's language. */
  public static Response fields(List<FieldError> errors, Locale locale) {
    String detail =
        Violation.of(null, "api.invalid", errors.size(), first(errors.get(0))).message(locale);
    return build(422, new Problem("about:blank", title(422), 422, detail, errors, null));
  }

  public static Response invalidFile(List<ImportError> errors, long errorCount, Locale locale) {
    String detail =
        Violation.of(null, "api.invalidFile", errorCount, errors.size()).message(locale);
    return Response.fromResponse(
            build(
                422,
                new Problem(
                    "about:blank",
                    title(422),
                    422,
                    detail,
                    fileErrors(errors, locale),
                    errorCount)))
        .header(ERROR_COUNT_HEADER, errorCount)
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
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          problem(Response.Status.BAD_REQUEST, name + " must be a date YYYY-MM-DD, not " + value));
    }
  }

  /** A whole-number query parameter within its bounds; anything else is a 400 naming them. */
  public static long bounded(String name, long value, long least, long most) {
    if (value < least || value > most) {
      throw new BadRequestException(
          problem(
              Response.Status.BAD_REQUEST,
              name + " must be from " + least + " to " + most + ", not " + value));
    }
    return value;
  }

  private static String first(FieldError error) {
    return error.field() == null ? error.message() : error.field() + ": " + error.message();
  }

  private static Response build(int status, Problem problem) {
    return Response.status(status).type(PROBLEM).entity(problem).build();
  }

  private static String title(int status) {
    if (status == 422) {
      return "Unprocessable Content";
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Error " + status : known.getReasonPhrase();
  }
}
