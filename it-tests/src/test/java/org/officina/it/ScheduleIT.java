package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduling runs on the deployed EAR: the schedule job schedules the floor with CP-SAT loaded from
 * the server's module beside the priority search, keeps a draft with its KPIs, lists each work
 * center's sequence (JSON and CSV) and says why a late order is late.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ScheduleIT {

  private static final String P =
      "SC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  private final Api planner = Api.as(TestUsers.PLANNER);

  private static String small;
  private static String huge;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void ordersOnAPlantOfItsOwn() throws IOException {
    ShopFloor.importPlant(P);
    small = number(ShopFloor.create(Api.as(TestUsers.PLANNER), P, "10", ""));
    // 20,000 pumps take 80,030 minutes of turning: 56 days from now, past the due date in January
    huge = number(ShopFloor.create(Api.as(TestUsers.PLANNER), P, "20000", ""));
  }

  private static String number(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.object(created).getString("number");
  }

  @Test
  void a_run_schedules_the_floor_into_a_draft_each_lathe_running_one_order_at_a_time()
      throws InterruptedException {
    JsonObject run = finished(start("{\"seconds\": 2, \"seed\": 7}"));

    assertThat(run.getString("status")).as(run.toString()).isEqualTo("DRAFT");
    assertThat(run.getString("searches"))
        .as("CP-SAT loads from the server's module")
        .isEqualTo("CP-SAT, priority search");
    JsonObject kpis = run.getJsonObject("kpis");
    assertThat(kpis.getInt("operations")).isGreaterThanOrEqualTo(4);
    assertThat(kpis.getInt("unplaced")).isZero();

    JsonArray lathe =
        Api.object(
                planner.get(
                    "schedules/" + run.getInt("id") + "/operations?workCenter=" + P + "LATHE"))
            .getJsonArray("content");
    List<JsonObject> mine =
        lathe.stream()
            .map(o -> o.asJsonObject())
            .filter(o -> List.of(small, huge).contains(o.getString("order")))
            .toList();
    assertThat(mine).hasSize(2);
    Instant firstEnd = Instant.parse(mine.get(0).getString("end"));
    Instant secondStart = Instant.parse(mine.get(1).getString("start"));
    assertThat(secondStart).as("listed by start, one at a time").isAfterOrEqualTo(firstEnd);
  }

  @Test
  void an_order_whose_own_work_outlasts_its_due_date_is_listed_late_with_its_reason()
      throws InterruptedException {
    JsonObject run = finished(start("{\"seconds\": 0}"));

    JsonArray late =
        Api.array(planner.get("schedules/" + run.getInt("id") + "/late-orders?limit=1000"));
    JsonObject mine =
        late.stream()
            .map(o -> o.asJsonObject())
            .filter(o -> o.getString("order").equals(huge))
            .findFirst()
            .orElseThrow(() -> new AssertionError(huge + " is not late in " + late));
    assertThat(mine.getJsonNumber("tardiness_minutes").longValue()).isPositive();
    assertThat(mine.getString("reason")).isIn("WORK", "RESOURCE");
    assertThat(late.stream().map(o -> o.asJsonObject().getString("order"))).doesNotContain(small);
  }

  @Test
  void the_operations_come_as_csv_when_the_client_asks_for_it() throws InterruptedException {
    JsonObject run = finished(start("{\"seconds\": 0, \"mode\": \"BACKWARD\"}"));

    HttpResponse<String> csv =
        planner.get(
            "schedules/" + run.getInt("id") + "/operations?workCenter=" + P + "ASSY", "text/csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo("order,seq,work_center,unit,start,setup_end,end,setup_minutes,fixed");
    List<String> lines = csv.body().lines().skip(1).toList();
    assertThat(lines).allMatch(line -> line.contains("," + P + "ASSY,"));
    assertThat(lines).anyMatch(line -> line.startsWith(small + ",20,"));
    assertThat(lines).anyMatch(line -> line.startsWith(huge + ",20,"));
  }

  @Test
  void a_wrong_request_is_refused_naming_each_field_and_nothing_runs() {
    HttpResponse<String> refused =
        planner.post(
            "schedules",
            "application/json",
            "{\"seconds\": 601, \"mode\": \"SIDEWAYS\", \"colour\": \"red\"}");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Api.errors(refused).stream().map(e -> e.asJsonObject().getString("field")))
        .contains("mode", "colour");
    HttpResponse<String> range =
        planner.post("schedules", "application/json", "{\"seconds\": 601, \"horizon_days\": 0}");
    assertThat(range.statusCode()).isEqualTo(422);
    assertThat(Api.errors(range).stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("seconds", "horizonDays");
    assertThat(planner.get("schedules/987654321").statusCode()).isEqualTo(404);
    assertThat(planner.post("schedules/987654321/publish", "application/json", "").statusCode())
        .isEqualTo(404);
  }

  @Test
  void a_published_schedule_sets_the_sequence_the_dispatch_list_of_a_work_center_follows()
      throws InterruptedException {
    List<String> released =
        List.of(
            ShopFloor.released(planner, P, "10"),
            ShopFloor.released(planner, P, "5"),
            ShopFloor.released(planner, P, "20"));
    long id = finished(start("{\"seconds\": 1}")).getJsonNumber("id").longValue();
    HttpResponse<String> compared = planner.get("schedules/" + id + "/comparison?with=" + id);
    assertThat(compared.statusCode()).isEqualTo(200);
    assertThat(Api.object(compared).getJsonArray("late_only_in_run")).isEmpty();

    HttpResponse<String> published =
        planner.post("schedules/" + id + "/publish", "application/json", "");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Api.object(published).getString("status")).isEqualTo("PUBLISHED");
    assertThat(Api.object(planner.get("schedules/live")).getJsonNumber("id").longValue())
        .isEqualTo(id);
    assertThat(planner.post("schedules/" + id + "/publish", "application/json", "").statusCode())
        .as("only a draft is published")
        .isEqualTo(409);

    JsonArray scheduled =
        Api.object(
                planner.get("schedules/" + id + "/operations?workCenter=" + P + "LATHE&limit=1000"))
            .getJsonArray("content");
    List<String> sequence =
        scheduled.stream()
            .map(o -> o.asJsonObject())
            .filter(o -> released.contains(o.getString("order")))
            .sorted(Comparator.comparing(o -> Instant.parse(o.getString("start"))))
            .map(o -> o.getString("order"))
            .toList();
    JsonArray dispatch = Api.array(planner.get("dispatch-lists/work-centers/" + P + "LATHE"));
    List<String> followed =
        dispatch.stream()
            .map(o -> o.asJsonObject())
            .filter(o -> released.contains(o.getString("order")))
            .map(o -> o.getString("order"))
            .toList();
    assertThat(followed).containsExactlyElementsOf(sequence);
    assertThat(dispatch.getJsonObject(0).getJsonObject("scheduled").getString("start"))
        .isNotBlank();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_draft_published_twice_at_once_is_published_once() throws Exception {
    long id = finished(start("{\"seconds\": 0}")).getJsonNumber("id").longValue();

    List<HttpResponse<String>> answers =
        Concurrently.send(
            () -> planner.post("schedules/" + id + "/publish", "application/json", ""),
            () ->
                Api.as(TestUsers.ADMIN)
                    .post("schedules/" + id + "/publish", "application/json", ""));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
    assertThat(Api.object(planner.get("schedules/live")).getJsonNumber("id").longValue())
        .isEqualTo(id);
  }

  @Test
  void a_declaration_on_the_floor_re_schedules_the_published_run_in_its_sequence()
      throws InterruptedException {
    String order = ShopFloor.released(planner, P, "8");
    long published = finished(start("{\"seconds\": 0}")).getJsonNumber("id").longValue();
    assertThat(
            planner
                .post("schedules/" + published + "/publish", "application/json", "")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> declared =
        Api.as(TestUsers.OPERATOR)
            .post("work-reports", "application/json", ShopFloor.run(P + "R1", order, 10, 3, 0, ""));
    assertThat(declared.statusCode()).as(declared.body()).isIn(200, 201);

    JsonObject live = null;
    for (int poll = 0; poll < 120; poll++) {
      live = Api.object(planner.get("schedules/live"));
      if (live.getJsonNumber("id").longValue() != published) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(live.getJsonNumber("id").longValue())
        .as("re-scheduled within a minute")
        .isNotEqualTo(published);
    assertThat(live.getString("status")).isEqualTo("PUBLISHED");
    assertThat(live.getJsonNumber("based_on").longValue()).isGreaterThanOrEqualTo(published);
    assertThat(Api.object(planner.get("schedules/" + published)).getString("status"))
        .isEqualTo("SUPERSEDED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void two_runs_asked_for_at_once_schedule_one_at_a_time() throws Exception {
    String body = "{\"seconds\": 5}";
    List<HttpResponse<String>> answers =
        Concurrently.send(
            () -> planner.post("schedules", "application/json", body),
            () -> Api.as(TestUsers.ADMIN).post("schedules", "application/json", body));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(202, 409);
    HttpResponse<String> accepted =
        answers.stream().filter(a -> a.statusCode() == 202).findFirst().orElseThrow();
    assertThat(finished(Api.object(accepted).getJsonNumber("id").longValue()).getString("status"))
        .isEqualTo("DRAFT");
    assertThat(finished(start("{\"seconds\": 0}")).getString("status"))
        .as("free again once it ended")
        .isEqualTo("DRAFT");
  }

  @Test
  void
      a_planner_locks_an_operation_where_the_schedule_then_places_it_and_is_refused_a_unit_it_lacks()
          throws InterruptedException {
    String order = ShopFloor.released(planner, P, "4");
    long published = finished(start("{\"seconds\": 0}")).getJsonNumber("id").longValue();
    planner.post("schedules/" + published + "/publish", "application/json", "");
    Instant slot = Instant.now().plusSeconds(30 * 86400).truncatedTo(ChronoUnit.MINUTES);

    HttpResponse<String> wrongUnit =
        planner.put(
            "schedules/locks/" + order + "/10",
            "{\"work_center\": \"" + P + "LATHE\", \"unit\": 3, \"start\": \"" + slot + "\"}",
            null);
    assertThat(wrongUnit.statusCode()).isEqualTo(422);
    assertThat(Api.errors(wrongUnit).getJsonObject(0).getString("field")).isEqualTo("unit");
    HttpResponse<String> locked =
        planner.put(
            "schedules/locks/" + order + "/10",
            "{\"work_center\": \"" + P + "LATHE\", \"unit\": 0, \"start\": \"" + slot + "\"}",
            null);
    assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);

    JsonObject live = Api.object(planner.get("schedules/live"));
    JsonObject moved =
        Api.object(
                planner.get(
                    "schedules/"
                        + live.getInt("id")
                        + "/operations?workCenter="
                        + P
                        + "LATHE&limit=1000"))
            .getJsonArray("content")
            .stream()
            .map(o -> o.asJsonObject())
            .filter(o -> o.getString("order").equals(order))
            .findFirst()
            .orElseThrow();
    assertThat(Instant.parse(moved.getString("start"))).isEqualTo(slot);
    assertThat(moved.getString("fixed")).isEqualTo("LOCKED");
    assertThat(Api.array(planner.get("schedules/locks")).toString()).contains(order);
    assertThat(planner.delete("schedules/locks/" + order + "/10").statusCode()).isEqualTo(204);
    assertThat(planner.delete("schedules/locks/" + order + "/10").statusCode()).isEqualTo(404);
  }

  @Test
  @SuppressWarnings("unchecked")
  void two_operations_locked_at_once_on_one_slot_are_kept_once_and_refused_once() throws Exception {
    String first = ShopFloor.released(planner, P, "4");
    String second = ShopFloor.released(planner, P, "4");
    long published = finished(start("{\"seconds\": 0}")).getJsonNumber("id").longValue();
    planner.post("schedules/" + published + "/publish", "application/json", "");
    Instant slot = Instant.now().plusSeconds(40 * 86400).truncatedTo(ChronoUnit.MINUTES);
    String body = "{\"work_center\": \"" + P + "LATHE\", \"unit\": 0, \"start\": \"" + slot + "\"}";

    List<HttpResponse<String>> answers =
        Concurrently.send(
            () -> planner.put("schedules/locks/" + first + "/10", body, null),
            () -> planner.put("schedules/locks/" + second + "/10", body, null));

    assertThat(answers.stream().map(HttpResponse::statusCode)).containsExactlyInAnyOrder(200, 409);
    assertThat(
            Api.array(planner.get("schedules/locks")).stream()
                .map(l -> l.asJsonObject().getString("order"))
                .filter(List.of(first, second)::contains))
        .hasSize(1);
    for (String order : List.of(first, second)) {
      planner.delete("schedules/locks/" + order + "/10");
    }
  }

  @Test
  void a_promise_for_a_new_order_comes_from_the_live_schedule_with_its_reason() {
    HttpResponse<String> promised =
        Api.as(TestUsers.SUPERVISOR)
            .post(
                "schedules/promise",
                "application/json",
                "{\"item\": \"" + P + "PUMP\", \"qty\": 5}");

    assertThat(promised.statusCode()).as(promised.body()).isEqualTo(200);
    JsonObject promise = Api.object(promised);
    assertThat(Instant.parse(promise.getString("end"))).isAfter(Instant.now().minusSeconds(120));
    assertThat(promise.getJsonArray("operations")).hasSize(2);
    assertThat(promise.getString("reason")).isNotBlank();
    assertThat(
            planner
                .post(
                    "schedules/promise",
                    "application/json",
                    "{\"item\": \"NONE-AT-ALL\", \"qty\": 5}")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> wrong =
        planner.post(
            "schedules/promise",
            "application/json",
            "{\"item\": \"" + P + "PUMP\", \"qty\": -1, \"size\": 2}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    HttpResponse<String> negative =
        planner.post(
            "schedules/promise", "application/json", "{\"item\": \"" + P + "PUMP\", \"qty\": -1}");
    assertThat(negative.statusCode()).isEqualTo(422);
    assertThat(Api.errors(negative).getJsonObject(0).getString("field")).isEqualTo("qty");
  }

  private long start(String body) {
    return ScheduleRuns.start(planner, body);
  }

  private JsonObject finished(long id) throws InterruptedException {
    return ScheduleRuns.finished(planner, id);
  }
}
