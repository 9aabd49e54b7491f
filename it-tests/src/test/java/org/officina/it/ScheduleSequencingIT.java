package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Setup families, changeover matrices and alternate work centers from the exchange format, on the
 * deployed EAR: a paint booth pays what its matrix says between colours, and a mill's second order
 * goes to the mill its routing names as an alternate, whose dispatch list then holds it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ScheduleSequencingIT {

  private static final String P =
      "SQ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  /** What the booth's matrix says: black to white 90 minutes, white to black 15. */
  private static final Map<String, Long> CHANGEOVER =
      Map.of("BLACK>WHITE", 90L, "WHITE>BLACK", 15L);

  private final Api planner = Api.as(TestUsers.PLANNER);
  private static final List<String> ORDERS = new java.util.ArrayList<>();

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  /** A black part and a white part: milled (or on the second mill), then painted. */
  @BeforeAll
  static void aBoothWithAMatrixAndTwoMills() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "items.csv",
        "code,supply_type,uom,issue_method\n"
            + P
            + "BLACK,MAKE,PCS,\n"
            + P
            + "WHITE,MAKE,PCS,\n"
            + P
            + "BAR,BUY,PCS,PICKING_LIST\n");
    // a bar for each part, picked for the milling: where the schedule mills it
    files.put(
        "bom.csv",
        "parent,component,qty_per,operation_seq\n"
            + P
            + "BLACK,"
            + P
            + "BAR,1,10\n"
            + P
            + "WHITE,"
            + P
            + "BAR,1,10\n");
    files.put("stock.csv", "item,warehouse,qty\n" + P + "BAR," + P + "STORE,1000\n");
    files.put("warehouses.csv", "code\n" + P + "STORE\n");
    files.put("departments.csv", "code\n" + P + "SHOP\n");
    files.put(
        "work_centers.csv",
        "code,department\n"
            + P
            + "MILL,"
            + P
            + "SHOP\n"
            + P
            + "MILL2,"
            + P
            + "SHOP\n"
            + P
            + "BOOTH,"
            + P
            + "SHOP\n");
    files.put(
        "changeovers.csv",
        "work_center,from_family,to_family,minutes\n"
            + P
            + "BOOTH,BLACK,WHITE,90\n"
            + P
            + "BOOTH,WHITE,BLACK,15\n");
    StringBuilder routings =
        new StringBuilder(
            "item,seq,work_center,setup_minutes,run_minutes,setup_family,alternate_work_centers\n");
    for (String colour : List.of("BLACK", "WHITE")) {
      routings.append(P).append(colour).append(",10,").append(P).append("MILL,30,6,,");
      routings.append(P).append("MILL2\n");
      routings.append(P).append(colour).append(",20,").append(P).append("BOOTH,40,1,");
      routings.append(colour).append(",\n");
    }
    files.put("routings.csv", routings.toString());
    HttpResponse<String> imported =
        Api.as(TestUsers.PLANNER)
            .postBytes("import/dataset", "application/zip", DatasetIT.zip(files));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    Api planner = Api.as(TestUsers.PLANNER);
    for (String colour : List.of("BLACK", "WHITE", "BLACK", "WHITE")) {
      HttpResponse<String> created =
          planner.post(
              "production-orders",
              "application/json",
              ("{\"item\": \"%s%s\", \"qty\": 10, \"warehouse\": \"%sSTORE\", \"start_date\": \"2027-01-11\","
                      + " \"due_date\": \"2027-01-15\"}")
                  .formatted(P, colour, P));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String number = Api.object(created).getString("number");
      assertThat(
              planner
                  .post("production-orders/" + number + "/release", "application/json", "{}")
                  .statusCode())
          .isEqualTo(200);
      ORDERS.add(number);
    }
  }

  @Test
  void the_booth_pays_its_matrix_between_colours_and_the_second_mill_takes_its_share()
      throws InterruptedException {
    long run = ScheduleRuns.draft(planner, "{\"seconds\": 0}");

    List<JsonObject> booth = mine(run, P + "BOOTH");
    assertThat(booth).hasSize(4);
    String previous = null;
    for (JsonObject operation : booth) {
      String family = colourOf(operation);
      long expected =
          previous == null
              ? 40
              : previous.equals(family) ? 0 : CHANGEOVER.get(previous + ">" + family);
      assertThat(operation.getJsonNumber("setup_minutes").longValue())
          .as("%s after %s", family, previous)
          .isEqualTo(expected);
      previous = family;
    }
    List<JsonObject> second = mine(run, P + "MILL2");
    assertThat(second).as("the second mill takes orders the first is busy with").isNotEmpty();

    assertThat(planner.post("schedules/" + run + "/publish", "application/json", "").statusCode())
        .isEqualTo(200);
    List<String> onTheSecondMill =
        Api.array(planner.get("dispatch-lists/work-centers/" + P + "MILL2")).stream()
            .map(line -> line.asJsonObject().getString("order"))
            .toList();
    assertThat(onTheSecondMill)
        .containsExactlyInAnyOrderElementsOf(
            second.stream().map(o -> o.getString("order")).toList());
    assertThat(
            Api.array(planner.get("dispatch-lists/work-centers/" + P + "MILL")).stream()
                .map(line -> line.asJsonObject().getString("order")))
        .doesNotContainAnyElementsOf(onTheSecondMill);
    List<JsonObject> picking =
        Api.array(planner.get("picking-lists/departments/" + P + "SHOP")).stream()
            .map(line -> line.asJsonObject())
            .filter(line -> ORDERS.contains(line.getString("order")))
            .toList();
    assertThat(picking).hasSize(ORDERS.size());
    assertThat(picking)
        .allSatisfy(
            line ->
                assertThat(line.getString("work_center"))
                    .isEqualTo(
                        onTheSecondMill.contains(line.getString("order"))
                            ? P + "MILL2"
                            : P + "MILL"));
  }

  @Test
  void a_changeover_within_one_family_or_on_an_unknown_work_center_is_refused_on_import()
      throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "changeovers.csv",
        "work_center,from_family,to_family,minutes\n" + P + "BOOTH,RED,RED,5\nNOWHERE,A,B,5\n");

    HttpResponse<String> refused =
        planner.postBytes("import/dataset", "application/zip", DatasetIT.zip(files));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("changeovers.csv", "to_family", "work_center");
  }

  /** The run's operations of this test's orders on a work center, in the order they start. */
  private List<JsonObject> mine(long run, String workCenter) {
    return Api.object(
            planner.get(
                "schedules/" + run + "/operations?workCenter=" + workCenter + "&limit=1000"))
        .getJsonArray("content")
        .stream()
        .map(o -> o.asJsonObject())
        .filter(o -> ORDERS.contains(o.getString("order")))
        .sorted(Comparator.comparing(o -> o.getString("start")))
        .toList();
  }

  /** The colour (setup family) of a painting, from its order's item. */
  private static String colourOf(JsonObject operation) {
    int index = ORDERS.indexOf(operation.getString("order"));
    return index % 2 == 0 ? "BLACK" : "WHITE";
  }
}
