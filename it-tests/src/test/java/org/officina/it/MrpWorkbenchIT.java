package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The planner's MRP workbench in headless Chromium, on the demo plant. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class MrpWorkbenchIT {

  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void demoPlant() throws IOException {
    MrpRunIT.demoPlant();
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_planner_runs_mrp_follows_it_opens_the_pegging_of_a_sales_order_and_firms_an_order()
      throws IOException {
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("planning/mrp.xhtml");
    // today and a year ahead, as the form proposes them
    browser.click(By.id("mrpForm:runMrp"));
    String run =
        browser
            .textOf(By.id("mrpForm:growl_container"), " started")
            .replaceAll("(?s).*Run (\\d+) started.*", "$1");

    browser.textOf(By.id("runTitle"), "Run " + run + " ");
    browser.textOf(By.id("statusValue"), "Completed");
    assertThat(browser.textOf(By.id("mrpForm:progress"), "100%")).contains("100%");
    CSVRecord order = firstOrderOfASalesOrder(run);

    // the results show as soon as the run ends, without asking
    browser.click(By.cssSelector("a[href='#mrpForm:tabs:peggingTab']"));
    browser.type(By.id("mrpForm:tabs:peggingReference"), order.get("pegged_to"));
    browser.click(By.id("mrpForm:tabs:showPegging"));
    assertThat(browser.textOf(By.id("mrpForm:tabs:peggingTree"), order.get("number")))
        .contains(order.get("item"), "Planned order", order.get("pegged_to"));

    browser.click(By.cssSelector("a[href='#mrpForm:tabs:recordTab']"));
    browser.type(By.id("mrpForm:tabs:recordItem"), order.get("item"));
    browser.click(By.id("mrpForm:tabs:showRecord"));
    assertThat(browser.textOf(By.id("mrpForm:tabs:recordFacts"), "Safety stock"))
        .contains("On hand");
    assertThat(browser.textOf(By.id("mrpForm:tabs:grid"), "Planned receipts"))
        .contains("Gross requirements", "Projected on hand", order.get("due_date").substring(0, 4));

    browser.click(By.cssSelector("a[href='#mrpForm:tabs:ordersTab']"));
    browser.click(By.id("mrpForm:tabs:orders:0:firm"));
    browser.textOf(By.id("mrpForm:growl_container"), "1 planned orders firmed");
    JsonObject first =
        Api.object(
                Api.as(TestUsers.PLANNER)
                    .get("mrp/runs/" + run + "/planned-orders?limit=1", "application/json"))
            .getJsonArray("content")
            .getJsonObject(0);
    assertThat(first.getJsonNumber("firm_planned_order")).isNotNull();
    assertThat(browser.textOf(By.id("mrpForm:tabs:orders"), "FPO-")).contains("FPO-");
  }

  @Test
  void converting_a_firm_planned_make_order_makes_a_production_order_and_the_row_links_to_it()
      throws IOException {
    Api planner = Api.as(TestUsers.PLANNER);
    String run =
        String.valueOf(
            MrpRuns.runToTheEnd(
                    planner,
                    "{\"start\": \"2027-01-04\", \"horizonDays\": 180, \"mode\": \"REGENERATIVE\", \"simulation\": false}")
                .getInt("id"));
    CSVRecord make = firstOrderOfAMadeItem(run);
    HttpResponse<String> firmed =
        planner.post(
            "mrp/runs/" + run + "/firm",
            "application/json",
            "{\"numbers\": [" + make.get("number").replaceFirst("\\D+", "") + "]}");
    assertThat(firmed.statusCode()).as(firmed.body()).isEqualTo(200);

    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("planning/mrp.xhtml");
    browser.type(By.cssSelector("[id='mrpForm:tabs:orders'] thead input"), make.get("item"));
    browser.textOf(By.id("mrpForm:tabs:orders"), "FPO-");
    browser.click(By.id("mrpForm:tabs:orders:0:convert"));
    String order =
        browser
            .textOf(By.id("mrpForm:growl_container"), "Orders made: PRD-")
            .replaceAll("(?s).*Orders made: (PRD-\\d+).*", "$1");
    assertThat(browser.driver().findElements(By.id("mrpForm:tabs:orders:0:convert"))).isEmpty();

    browser.click(By.id("mrpForm:tabs:orders:0:convertedTo"));
    browser.textOf(By.id("status"), "Planned");
    JsonObject made = Api.object(planner.get("production-orders/" + order)).getJsonObject("order");
    assertThat(made.getString("item")).isEqualTo(make.get("item"));
    assertThat(made.getJsonNumber("qty").bigDecimalValue()).isEqualByComparingTo(make.get("qty"));
    assertThat(made.getBoolean("firm")).isTrue();
  }

  /** A run's planned order to make that is the first of its item, so first in the item's rows. */
  private static CSVRecord firstOrderOfAMadeItem(String run) throws IOException {
    String csv = Api.as(TestUsers.PLANNER).get("mrp/runs/" + run + "/planned-orders").body();
    java.util.Set<String> seen = new java.util.HashSet<>();
    return MrpRuns.csv(csv).stream()
        .filter(o -> seen.add(o.get("item")))
        .filter(o -> o.get("type").equals("PRODUCTION"))
        .findFirst()
        .orElseThrow();
  }

  private static CSVRecord firstOrderOfASalesOrder(String run) throws IOException {
    String csv = Api.as(TestUsers.PLANNER).get("mrp/runs/" + run + "/planned-orders").body();
    return MrpRuns.csv(csv).stream()
        .filter(o -> o.get("pegged_to").matches("SO-[^;]*"))
        .findFirst()
        .orElseThrow();
  }
}
