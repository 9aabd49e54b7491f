package org.officina.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST API of a running Officina as the benchmarks call it: as the user OFFICINA_USER with
 * OFFICINA_PASSWORD (by default the demo's planner), each request allowed 30 minutes, as the
 * largest imports and runs take.
 */
final class OfficinaRest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String authorization;

  private OfficinaRest(String user, String password) {
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static OfficinaRest fromEnvironment() {
    return new OfficinaRest(
        System.getenv().getOrDefault("OFFICINA_USER", "planner"),
        System.getenv().getOrDefault("OFFICINA_PASSWORD", "planner"));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws Exception {
    return HTTP.send(
        request.header("Authorization", authorization).timeout(Duration.ofMinutes(30)).build(),
        body);
  }

  /**
   * Follows an MRP run to its end and returns it. Polls at 50 ms, then less and less often up to
   * every 2 s: each request is authenticated again (bcrypt), and a client polling fast takes a core
   * away from the run it measures.
   */
  String followRun(String location) throws Exception {
    long pause = 50;
    String run;
    do {
      Thread.sleep(pause);
      pause = Math.min(2000, pause * 3 / 2);
      run = send(HttpRequest.newBuilder(URI.create(location)).GET()).body();
    } while (!field(run, "status").matches("COMPLETED|FAILED|STOPPED"));
    return run;
  }

  /** A run's time from its request to its end, as the server recorded them, in seconds. */
  static double serverSeconds(String run) {
    return Duration.between(
                Instant.parse(field(run, "requested_at")), Instant.parse(field(run, "ended_at")))
            .toMillis()
        / 1e3;
  }

  /** A scalar field of a JSON object: enough for a benchmark, no JSON library needed. */
  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\\s*\"?([^\",}]*)").matcher(json);
    return m.find() ? m.group(1) : "";
  }
}
