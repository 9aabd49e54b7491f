package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Net change on the deployed EAR, on the demo plant: after sales orders change, a NET_CHANGE run
 * re-plans only what they reach, in the live plan's rows, and the plan it leaves (planned orders,
 * their pegging both ways, messages) is the plan a regeneration then makes, up to the numbers of
 * the re-planned orders. The plan is compared on the demo plant's items: other tests add items of
 * their own to the plant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class NetChangeIT {

  private static final Path DEMO = Path.of("../ejb/src/main/resources/demo-plant");
  private static final String HEADER = "type,number,line,item,qty,due_date,customer\n";

  /** A finished cylinder, and a seal kit that is also a component of cylinders. */
  private static final String CYLINDER_LINE = "SALES,SO-2026-1187,1,";

  private static final String SEAL_KIT_LINE = "SALES,SO-2026-1187,2,";

  private final Api planner = Api.as(TestUsers.PLANNER);

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void demoPlant() throws IOException {
    HttpResponse<String> imported =
        Api.as(TestUsers.PLANNER)
            .postBytes("import/dataset", "application/zip", DatasetIT.zip(DEMO));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  private JsonObject run(String body) {
    JsonObject run = MrpRuns.runToTheEnd(planner, body);
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    return run;
  }

  private JsonObject regenerate() {
    return run("{\"start\": \"2027-01-04\", \"horizonDays\": 180, \"mode\": \"REGENERATIVE\"}");
  }

  /** The demo's demand line that starts so, with another quantity. */
  private static String demandLine(String start, String qty) throws IOException {
    String line =
        Files.readAllLines(DEMO.resolve("demand.csv")).stream()
            .filter(l -> l.startsWith(start))
            .findFirst()
            .orElseThrow();
    String[] fields = line.split(",", -1);
    if (qty != null) {
      fields[4] = qty;
    }
    return String.join(",", fields) + "\n";
  }

  private void importDemand(String lines) {
    HttpResponse<String> imported = planner.post("import/demand", "text/csv", HEADER + lines);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  @Test
  void after_sales_orders_change_net_change_leaves_the_plan_a_regeneration_makes()
      throws IOException {
    JsonObject regenerated = regenerate();
    Plan before = plan(regenerated.getInt("id"));
    try {
      importDemand(demandLine(CYLINDER_LINE, "9") + demandLine(SEAL_KIT_LINE, "60"));

      JsonObject netChange = run("{\"mode\": \"NET_CHANGE\"}");

      assertThat(netChange.getBoolean("live")).isTrue();
      assertThat(netChange.getString("start")).isEqualTo("2027-01-04");
      assertThat(netChange.getInt("plan_run")).isEqualTo(regenerated.getInt("id"));
      assertThat(netChange.getInt("items_total"))
          .isPositive()
          .isLessThan(regenerated.getInt("items_total"));
      Plan changed = plan(netChange.getInt("id"));
      Plan full = plan(regenerate().getInt("id"));
      assertThat(changed.orders).isNotEqualTo(before.orders).isEqualTo(full.orders);
      assertThat(full.messages).isNotEmpty();
      assertThat(changed.messages).isEqualTo(full.messages);
      assertThat(changed.pegging).isEqualTo(full.pegging);
    } finally {
      importDemand(demandLine(CYLINDER_LINE, null) + demandLine(SEAL_KIT_LINE, null));
    }
  }

  @Test
  void net_change_with_nothing_changed_re_plans_nothing() {
    JsonObject regenerated = regenerate();

    JsonObject netChange = run("{\"mode\": \"NET_CHANGE\"}");

    assertThat(netChange.getInt("items_total")).isZero();
    assertThat(netChange.getInt("plan_run")).isEqualTo(regenerated.getInt("id"));
    assertThat(plan(netChange.getInt("id")).orders)
        .isEqualTo(plan(regenerated.getInt("id")).orders);
  }

  @Test
  void net_change_is_refused_as_a_simulation_or_with_other_settings_than_the_live_plans() {
    regenerate();

    HttpResponse<String> simulation =
        planner.post(
            "mrp/runs", "application/json", "{\"mode\": \"NET_CHANGE\", \"simulation\": true}");
    HttpResponse<String> otherStart =
        planner.post(
            "mrp/runs",
            "application/json",
            "{\"mode\": \"NET_CHANGE\", \"start\": \"2027-02-01\"}");

    assertThat(simulation.statusCode()).isEqualTo(422);
    assertThat(simulation.body()).contains("simulation");
    assertThat(otherStart.statusCode()).isEqualTo(422);
    assertThat(otherStart.body()).contains("start").contains("2027-01-04");
  }

  /**
   * A plan with the numbers of its planned orders replaced by their item and their place among the
   * item's orders, which do not depend on when an order was numbered.
   */
  private record Plan(List<String> orders, List<String> messages, List<String> pegging) {}

  private Plan plan(int run) {
    try {
      Set<String> demo = demoItems();
      List<CSVRecord> rows =
          MrpRuns.csv(planner.get("mrp/runs/" + run + "/planned-orders").body()).stream()
              .filter(o -> demo.contains(o.get("item")))
              .toList();
      Map<String, String> names = names(rows);
      List<String> orders = new ArrayList<>();
      for (CSVRecord o : rows) {
        String[] pegs = o.get("pegged_to").split(";");
        Arrays.setAll(pegs, k -> names.getOrDefault(pegs[k], pegs[k]));
        Arrays.sort(pegs);
        orders.add(
            String.join(
                " ",
                names.get(o.get("number")),
                o.get("type"),
                o.get("qty"),
                o.get("release_date"),
                o.get("due_date"),
                o.get("past_due"),
                String.join(";", pegs)));
      }
      orders.sort(null);
      return new Plan(orders, messages(run, names), pegging(run, names));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> names(List<CSVRecord> rows) {
    Map<String, List<Integer>> byItem = new HashMap<>();
    rows.forEach(
        o ->
            byItem
                .computeIfAbsent(o.get("item"), i -> new ArrayList<>())
                .add(Integer.parseInt(o.get("number").substring(4))));
    Map<String, String> names = new HashMap<>();
    byItem.forEach(
        (item, numbers) -> {
          numbers.sort(null);
          for (int k = 0; k < numbers.size(); k++) {
            names.put("PLN-" + numbers.get(k), item + "#" + k);
          }
        });
    return names;
  }

  /** The codes of the demo plant's items. */
  private static Set<String> demoItems() throws IOException {
    Set<String> codes = new HashSet<>();
    Files.readAllLines(DEMO.resolve("items.csv")).stream()
        .skip(1)
        .forEach(line -> codes.add(line.substring(0, line.indexOf(','))));
    return codes;
  }

  /** The messages about the demo's items: those its two planners look after. */
  private List<String> messages(int run, Map<String, String> names) {
    List<JsonValue> all = new ArrayList<>();
    for (String demoPlanner : List.of("m.rossi", "g.bianchi")) {
      int read = 0;
      long total = 1;
      while (read < total) {
        JsonObject page =
            Api.object(
                planner.get(
                    "mrp/runs/"
                        + run
                        + "/messages?limit=1000&planner="
                        + demoPlanner
                        + "&offset="
                        + read,
                    "application/json"));
        total = page.getJsonNumber("total").longValue();
        JsonArray content = page.getJsonArray("content");
        if (content.isEmpty()) {
          break;
        }
        all.addAll(content);
        read += content.size();
      }
    }
    List<String> messages = new ArrayList<>();
    for (JsonValue value : all) {
      JsonObject m = value.asJsonObject();
      String reference = m.getString("reference", "-");
      messages.add(
          String.join(
              " ",
              m.getString("type"),
              m.getString("item"),
              names.getOrDefault(reference, reference),
              m.getString("date"),
              m.getString("suggested_date"),
              m.getJsonNumber("qty").bigDecimalValue().stripTrailingZeros().toPlainString()));
    }
    messages.sort(null);
    return messages;
  }

  /** The pegging tree down from every sales order line of the demo, as text. */
  private List<String> pegging(int run, Map<String, String> names) throws IOException {
    List<String> trees = new ArrayList<>();
    for (String line : Files.readAllLines(DEMO.resolve("demand.csv"))) {
      String[] fields = line.split(",", -1);
      if (fields[0].equals("SALES")) {
        String demand = fields[1] + "/" + fields[2];
        JsonObject tree = Api.object(planner.get("mrp/runs/" + run + "/pegging?demand=" + demand));
        trees.add(demand + " " + node(tree, names));
      }
    }
    return trees;
  }

  private static String node(JsonObject node, Map<String, String> names) {
    List<String> children = new ArrayList<>();
    for (JsonValue child : node.getJsonArray("children")) {
      children.add(node(child.asJsonObject(), names));
    }
    children.sort(null);
    String reference = node.getString("reference");
    return names.getOrDefault(reference, reference)
        + " "
        + (!node.containsKey("qty") || node.isNull("qty")
            ? ""
            : node.getJsonNumber("qty").bigDecimalValue().stripTrailingZeros())
        + " "
        + children;
  }
}
