package org.officina.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Following MRP runs over REST: waiting for a run to end, reading its planned_orders.csv. */
final class MrpRuns {

  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED");

  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

  private MrpRuns() {}

  /**
   * Starts a run (after any run that holds the plant: runs are queued) and returns it once it has
   * ended; fails if it is refused or has not ended within three minutes.
   */
  static JsonObject runToTheEnd(Api api, String body) {
    HttpResponse<String> started = api.post("mrp/runs", "application/json", body);
    if (started.statusCode() == 409) {
      waitForEnd(api, started.headers().firstValue("Location").orElseThrow(), RUN_TIMEOUT);
      started = api.post("mrp/runs", "application/json", body);
    }
    if (started.statusCode() != 202) {
      throw new AssertionError("run refused: " + started.statusCode() + " " + started.body());
    }
    return waitForEnd(api, started.headers().firstValue("Location").orElseThrow(), RUN_TIMEOUT);
  }

  /** The run at location once it has ended; fails if it has not within the timeout. */
  static JsonObject waitForEnd(Api api, String location, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonObject run = Api.object(api.get(location));
      if (ENDED.contains(run.getString("status"))) {
        return run;
      }
      pause(200);
    }
    throw new AssertionError("the run at " + location + " did not end within " + timeout);
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<CSVRecord> csv(String text) throws IOException {
    try (Reader in = new StringReader(text)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }
}
