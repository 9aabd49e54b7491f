package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** Scheduling runs over REST, as the tests start them and wait for them. */
final class ScheduleRuns {

  private ScheduleRuns() {}

  /** Starts a run (202 with its Location) and gives its id. */
  static long start(Api who, String body) {
    HttpResponse<String> started = who.post("schedules", "application/json", body);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(started.headers().firstValue("Location").orElseThrow()).contains("/schedules/");
    return Api.object(started).getJsonNumber("id").longValue();
  }

  /** The run once it is a draft or has failed, within two minutes. */
  static JsonObject finished(Api who, long id) throws InterruptedException {
    for (int poll = 0; poll < 240; poll++) {
      JsonObject run = Api.object(who.get("schedules/" + id));
      if (List.of("DRAFT", "FAILED").contains(run.getString("status"))) {
        return run;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("scheduling run " + id + " did not end in two minutes");
  }

  /** Starts a run and gives its id once it is a draft. */
  static long draft(Api who, String body) throws InterruptedException {
    JsonObject run = finished(who, start(who, body));
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("DRAFT");
    return run.getJsonNumber("id").longValue();
  }
}
