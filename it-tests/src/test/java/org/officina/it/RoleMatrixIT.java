package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.it.TestUsers.ADMIN;
import static org.officina.it.TestUsers.COST_ACCOUNTANT;
import static org.officina.it.TestUsers.INTEGRATION;
import static org.officina.it.TestUsers.OPERATOR;
import static org.officina.it.TestUsers.PLANNER;
import static org.officina.it.TestUsers.SUPERVISOR;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, as the README's role table says: every REST endpoint and every portal page, for
 * every role and for nobody logged in. A role the table names is let through (whatever the request
 * then makes of the data); any other role is refused 403; nobody is asked to log in (401, or the
 * login page). A new endpoint that is not in the table fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class RoleMatrixIT {

  private static final String P =
      "RM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  private static final List<String> ROLES =
      List.of(COST_ACCOUNTANT, OPERATOR, SUPERVISOR, INTEGRATION, PLANNER, ADMIN);
  private static final Set<String> PEOPLE =
      Set.of(PLANNER, SUPERVISOR, OPERATOR, COST_ACCOUNTANT, ADMIN);
  private static final Set<String> EVERYONE =
      Set.of(PLANNER, SUPERVISOR, OPERATOR, COST_ACCOUNTANT, ADMIN, INTEGRATION);
  private static final Set<String> ENGINEERING = Set.of(PLANNER, ADMIN, INTEGRATION);
  private static final Set<String> PRICES = Set.of(PLANNER, COST_ACCOUNTANT, ADMIN, INTEGRATION);
  private static final Set<String> PLANNING = Set.of(PLANNER, SUPERVISOR, ADMIN, INTEGRATION);
  private static final Set<String> PURCHASES =
      Set.of(PLANNER, SUPERVISOR, COST_ACCOUNTANT, ADMIN, INTEGRATION);
  private static final Set<String> FLOOR =
      Set.of(PLANNER, SUPERVISOR, OPERATOR, ADMIN, INTEGRATION);

  private static String order;

  /** An endpoint, the body it is sent (of a type it takes), and the roles that may use it. */
  record Rule(String method, String path, String type, String body, Set<String> roles) {

    /**
     * The request: an item a bill uses (so that deleting it is refused, not done), the pump, the
     * order made for the test, and codes and ids that exist nowhere.
     */
    String request() {
      return path.replace("{parent}", P + "PUMP")
          .replace("{item}", P + "PUMP")
          .replace("{code}", path.startsWith("items") ? P + "BODY" : "NONE")
          .replace("{number}", String.valueOf(order))
          .replace("{id}", "999999999")
          .replace("{lot}", "L1")
          .replace("{location}", "R-1")
          .replace("{file}", "items.csv")
          .replace("{action}", "close")
          .replace("{order}", "NONE")
          .replace("{seq}", "10");
    }

    /** The endpoint as OpenAPI names it. */
    String endpoint() {
      return method + " " + path.replaceFirst("\\?.*", "");
    }
  }

  private static Rule json(String method, String path, String body, Set<String> roles) {
    return new Rule(method, path, "application/json", body, roles);
  }

  private static Rule get(String path, Set<String> roles) {
    return new Rule("GET", path, null, null, roles);
  }

  private static Set<String> only(String... roles) {
    return Set.of(roles);
  }

  /** The REST API: reading is for everyone; the columns of the README's role table for the rest. */
  static final List<Rule> API =
      List.of(
          get("items", EVERYONE),
          get("items/{code}", EVERYONE),
          json("POST", "items", "{}", ENGINEERING),
          json("PUT", "items/{code}", "{}", ENGINEERING),
          new Rule("DELETE", "items/{code}", null, null, ENGINEERING),
          get("boms/{parent}", EVERYONE),
          json("PUT", "boms/{parent}", "{\"lines\": []}", ENGINEERING),
          get("boms/{item}/explosion", EVERYONE),
          get("boms/{item}/where-used", EVERYONE),
          get("routings/{item}", EVERYONE),
          json("PUT", "routings/{item}", "{\"operations\": []}", ENGINEERING),
          get("routings/{item}/documents", EVERYONE),
          new Rule("POST", "routings/{item}/documents", "text/plain", "x", ENGINEERING),
          get("routings/{item}/documents/{id}", EVERYONE),
          new Rule("DELETE", "routings/{item}/documents/{id}", null, null, ENGINEERING),
          get("plant/calendars", EVERYONE),
          get("plant/calendars/{code}", EVERYONE),
          get("plant/calendars/{code}/working-time?from=2027-01-04T10:00:00Z&minutes=60", EVERYONE),
          get("plant/departments", EVERYONE),
          get("plant/machines", EVERYONE),
          get("plant/operators", EVERYONE),
          get("plant/tools", EVERYONE),
          get("plant/work-centers", EVERYONE),
          get("plant/work-centers/{code}", EVERYONE),
          get("warehouses", EVERYONE),
          get("warehouses/locations", EVERYONE),
          json("PUT", "warehouses/{code}", "{}", only(PLANNER, ADMIN, INTEGRATION)),
          json(
              "PUT",
              "warehouses/{code}/locations/{location}",
              "{\"nettable\": false}",
              only(PLANNER, ADMIN, INTEGRATION)),
          get("stock", EVERYONE),
          get("stock/{item}/movements", EVERYONE),
          json("POST", "stock/movements", "{}", only(PLANNER, SUPERVISOR, ADMIN, INTEGRATION)),
          get("lots/{item}/{lot}/made-of", EVERYONE),
          get("lots/{item}/{lot}/used-in", EVERYONE),
          get("demand", EVERYONE),
          get("purchasing/suppliers", EVERYONE),
          get("purchasing/supply", EVERYONE),
          get("purchasing/price-lists", PRICES),
          get("purchasing/preferred-suppliers", PRICES),
          json("PUT", "purchasing/price-lists", "{}", ENGINEERING),
          new Rule(
              "DELETE",
              "purchasing/price-lists?supplier=NONE&item=NONE&valid_from=2027-01-01",
              null,
              null,
              ENGINEERING),
          get("purchasing/quote?item=NONE&qty=1&date=2027-01-01", PRICES),
          get("purchasing/orders", PURCHASES),
          json("POST", "purchasing/orders", "{}", ENGINEERING),
          get("purchasing/orders/{number}", PURCHASES),
          json("PUT", "purchasing/orders/{number}", "{}", ENGINEERING),
          new Rule("POST", "purchasing/orders/{number}/confirm", null, null, ENGINEERING),
          new Rule("POST", "purchasing/orders/{number}/close", null, null, ENGINEERING),
          new Rule("POST", "purchasing/orders/{number}/cancel", null, null, ENGINEERING),
          json("POST", "purchasing/orders/{number}/receipts", "{}", PLANNING),
          get("subcontracting/orders", PURCHASES),
          json("POST", "subcontracting/orders", "{}", ENGINEERING),
          get("subcontracting/orders/{number}", PURCHASES),
          new Rule("POST", "subcontracting/orders/{number}/close", null, null, ENGINEERING),
          new Rule("POST", "subcontracting/orders/{number}/cancel", null, null, ENGINEERING),
          new Rule("POST", "subcontracting/orders/{number}/ungroup", null, null, ENGINEERING),
          json("POST", "subcontracting/orders/{number}/returns", "{}", PLANNING),
          get("subcontracting/delivery-notes", PURCHASES),
          json("POST", "subcontracting/delivery-notes", "{}", PLANNING),
          get("subcontracting/delivery-notes/{number}", PURCHASES),
          get("subcontracting/delivery-notes/{number}/pdf", PURCHASES),
          new Rule("POST", "subcontracting/delivery-notes/{number}/reverse", null, null, PLANNING),
          new Rule("POST", "import/items", "text/csv", "code\n", ENGINEERING),
          new Rule("POST", "import/{file}", "text/csv", "code\n", ENGINEERING),
          new Rule("POST", "import/dataset", "application/zip", "", ENGINEERING),
          new Rule("POST", "import/items/jobs", "text/csv", "code\n", ENGINEERING),
          new Rule("POST", "import/dataset/jobs", "application/zip", "", ENGINEERING),
          get("import/jobs/{id}", ENGINEERING),
          get("import/dataset/jobs/{id}", ENGINEERING),
          new Rule("POST", "import/jobs/{id}/restart", null, null, ENGINEERING),
          new Rule("POST", "import/jobs/{id}/stop", null, null, ENGINEERING),
          get("export/items", EVERYONE),
          get("export/dataset", EVERYONE),
          get("mrp/runs", PLANNING),
          json("POST", "mrp/runs", "{\"horizonDays\": -1}", only(PLANNER, ADMIN, INTEGRATION)),
          get("mrp/runs/{id}", PLANNING),
          new Rule("POST", "mrp/runs/{id}/stop", null, null, only(PLANNER, ADMIN)),
          json("POST", "mrp/runs/{id}/firm", "{\"numbers\": []}", only(PLANNER, ADMIN)),
          get("mrp/runs/{id}/messages", PLANNING),
          get("mrp/runs/{id}/pegging", PLANNING),
          get("mrp/runs/{id}/planned-orders", PLANNING),
          json("POST", "mrp/firm-planned-orders/convert", "{\"ids\": []}", only(PLANNER, ADMIN)),
          json("POST", "schedules", "{\"seconds\": -1}", only(PLANNER, ADMIN, INTEGRATION)),
          get("schedules", PLANNING),
          get("schedules/{id}", PLANNING),
          get("schedules/{id}/operations", PLANNING),
          get("schedules/{id}/late-orders", PLANNING),
          get("schedules/{id}/comparison", PLANNING),
          get("schedules/live", PLANNING),
          new Rule("POST", "schedules/{id}/publish", null, null, only(PLANNER, ADMIN)),
          get("schedules/locks", PLANNING),
          get("capacity-load", PLANNING),
          json("POST", "schedules/promise", "{}", PLANNING),
          json("PUT", "schedules/locks/{order}/{seq}", "{}", only(PLANNER, ADMIN)),
          new Rule("DELETE", "schedules/locks/{order}/{seq}", null, null, only(PLANNER, ADMIN)),
          get("production-orders", EVERYONE),
          json("POST", "production-orders", "{}", ENGINEERING),
          json("POST", "production-orders/from-firm-planned-orders", "{\"ids\": []}", ENGINEERING),
          get("production-orders/{number}", EVERYONE),
          json("PUT", "production-orders/{number}", "{}", ENGINEERING),
          get("production-orders/{number}/feasibility", EVERYONE),
          get("production-orders/{number}/movements", EVERYONE),
          get("production-orders/{number}/work-reports", EVERYONE),
          json("PUT", "production-orders/{number}/materials", "{\"lines\": []}", ENGINEERING),
          json("POST", "production-orders/{number}/issues", "{\"lines\": []}", FLOOR),
          json("POST", "production-orders/{number}/returns", "{\"lines\": []}", FLOOR),
          json(
              "POST",
              "production-orders/{number}/release",
              "{}",
              only(PLANNER, SUPERVISOR, ADMIN, INTEGRATION)),
          json(
              "POST",
              "production-orders/{number}/{action}",
              "{}",
              only(PLANNER, COST_ACCOUNTANT, ADMIN, INTEGRATION)),
          json("POST", "work-reports", "{}", FLOOR),
          get("work-reports/reasons", EVERYONE),
          get("dispatch-lists/departments/{code}", EVERYONE),
          get("dispatch-lists/work-centers/{code}", EVERYONE),
          get("picking-lists/departments/{code}", EVERYONE),
          get("picking-lists/orders/{number}", EVERYONE),
          get("papers/travellers/{number}", EVERYONE),
          get("papers/dispatch-lists/work-centers/{code}", EVERYONE),
          get("papers/dispatch-lists/departments/{code}", EVERYONE),
          get("papers/picking-lists/departments/{code}", EVERYONE));

  /** The portal's pages: people only; imports, planning and the terminal for those who do them. */
  static final List<Rule> PAGES =
      List.of(
          get("index.xhtml", PEOPLE),
          get("engineering/items.xhtml", PEOPLE),
          get("engineering/bom.xhtml", PEOPLE),
          get("engineering/routing.xhtml", PEOPLE),
          get("engineering/item.xhtml?code={item}", PEOPLE),
          get("engineering/items-import.xhtml", only(PLANNER, ADMIN)),
          get("plant/work-centers.xhtml", PEOPLE),
          get("plant/warehouses.xhtml", PEOPLE),
          get("purchasing/price-lists.xhtml", only(PLANNER, COST_ACCOUNTANT, ADMIN)),
          get("purchasing/orders.xhtml", only(PLANNER, SUPERVISOR, COST_ACCOUNTANT, ADMIN)),
          get("purchasing/subcontracting.xhtml", only(PLANNER, SUPERVISOR, COST_ACCOUNTANT, ADMIN)),
          get("inventory/stock.xhtml", PEOPLE),
          get("orders/demand.xhtml", PEOPLE),
          get("orders/supply.xhtml", PEOPLE),
          get("orders/production-orders.xhtml", PEOPLE),
          get("orders/production-order.xhtml?number={number}", PEOPLE),
          get("planning/mrp.xhtml", only(PLANNER, SUPERVISOR, ADMIN)),
          get("planning/schedule.xhtml", only(PLANNER, SUPERVISOR, ADMIN)),
          get("planning/capacity.xhtml", only(PLANNER, SUPERVISOR, ADMIN)),
          get("shopfloor/terminal.xhtml", only(PLANNER, SUPERVISOR, OPERATOR, ADMIN)),
          get("shopfloor/supervisor.xhtml", PEOPLE),
          get("shopfloor/lists.xhtml", PEOPLE),
          get("integration/dataset-import.xhtml", only(PLANNER, ADMIN)));

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void plantWithAnOrder() throws IOException {
    ShopFloor.importPlant(P);
    HttpResponse<String> created = ShopFloor.create(Api.as(PLANNER), P, "2", "");
    order = Api.object(created).getString("number");
  }

  @Test
  void the_table_names_every_endpoint_of_the_api() {
    HttpResponse<String> described =
        Api.anonymous().get("http://localhost:8080/openapi", "application/json");
    JsonObject paths =
        Json.createReader(new StringReader(described.body())).readObject().getJsonObject("paths");
    Set<String> published = new TreeSet<>();
    paths.forEach(
        (path, operations) ->
            operations
                .asJsonObject()
                .keySet()
                .forEach(
                    method ->
                        published.add(
                            method.toUpperCase()
                                + " "
                                + path.substring(path.indexOf("/api/v1/") + 8))));
    Set<String> tabled = API.stream().map(Rule::endpoint).collect(Collectors.toSet());

    assertThat(tabled).containsAll(published);
  }

  @Test
  void every_role_may_use_the_api_as_the_table_says_and_nobody_logged_in_nothing() {
    assertThat(mismatches(API, this::callApi)).isEmpty();
  }

  @Test
  void every_role_may_open_the_pages_the_table_gives_it_and_nobody_logged_in_none() {
    assertThat(mismatches(PAGES, this::openPage)).isEmpty();
  }

  private interface Call {
    int status(Rule rule, String user);
  }

  /** Each request whose answer breaks the table, with the answer: none when all keep it. */
  private static List<String> mismatches(List<Rule> rules, Call call) {
    List<String> wrong = new ArrayList<>();
    for (Rule rule : rules) {
      for (String user : Stream.concat(Stream.of((String) null), ROLES.stream()).toList()) {
        int status = call.status(rule, user);
        boolean kept =
            user == null
                ? status == 401
                : rule.roles().contains(user) ? status != 401 && status != 403 : status == 403;
        if (!kept) {
          wrong.add(rule.method() + " " + rule.path() + " as " + user + ": " + status);
        }
      }
    }
    return wrong;
  }

  private int callApi(Rule rule, String user) {
    Api api = user == null ? Api.anonymous() : Api.as(user);
    return api.send(rule.method(), rule.request(), rule.type(), rule.body()).statusCode();
  }

  /** A page as a browser opens it; nobody logged in is shown the login form. */
  private int openPage(Rule rule, String user) {
    Api api = user == null ? Api.anonymous() : Api.as(user);
    HttpResponse<String> page = api.get(PortalSession.PORTAL + rule.request());
    if (user == null) {
      return page.body().contains("j_security_check") ? 401 : page.statusCode();
    }
    return page.statusCode();
  }
}
