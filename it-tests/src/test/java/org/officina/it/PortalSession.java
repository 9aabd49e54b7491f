package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's browser, as far as the server can tell: logged in through the portal's login form,
 * then sending the session cookie with every request, and Origin and Referer as a browser sets them
 * for the page a request comes from.
 */
final class PortalSession {

  static final String PORTAL = "http://localhost:8080/officina/";

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private HttpResponse<String> lastLogin;
  private final List<String> setCookies = new ArrayList<>();

  /** Logs in by the form, as the login page does; the answer is the form's. */
  static PortalSession loggedIn(String user, String password) {
    PortalSession session = new PortalSession();
    session.send(HttpRequest.newBuilder(URI.create(PORTAL)).GET());
    HttpResponse<String> login =
        session.send(
            HttpRequest.newBuilder(URI.create(PORTAL + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:8080")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username="
                            + URLEncoder.encode(user, StandardCharsets.UTF_8)
                            + "&j_password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    session.lastLogin = login;
    return session;
  }

  HttpResponse<String> login() {
    return lastLogin;
  }

  /** Whether the login form let the user in (it redirects to the page asked for, not back). */
  boolean in() {
    return lastLogin.statusCode() == 302
        && !lastLogin.headers().firstValue("Location").orElse("").contains("failed");
  }

  /** Every Set-Cookie header the server sent this browser. */
  List<String> setCookies() {
    return List.copyOf(setCookies);
  }

  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(PORTAL + path)).GET());
  }

  /** A POST from a page of the origin given (null: a client that sends neither header). */
  HttpResponse<String> post(String path, String contentType, String body, String origin) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(PORTAL + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      request.header("Origin", origin).header("Referer", origin + "/page.html");
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      setCookies.addAll(response.headers().allValues("Set-Cookie"));
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void assertLoggedIn(PortalSession session) {
    assertThat(session.in()).as(session.login().headers().map().toString()).isTrue();
  }
}
