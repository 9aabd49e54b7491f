package org.officina.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Following MRP runs over REST: waiting for a run to end, reading its planned_orders.csv. */
final class MrpRuns {

  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED");

  private MrpRuns() {}

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
