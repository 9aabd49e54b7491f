package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.Keys;

/**
 * The shop-floor terminal in headless Chromium, as an operator uses it: scans an operation, starts
 * setup, starts the run, declares good and scrapped parts with a reason and finishes; the
 * supervisor's page then shows the declaration.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class TerminalIT {

  private static final String P =
      "TM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  private final Api planner = Api.as(TestUsers.PLANNER);
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void plantOfItsOwn() throws IOException {
    ShopFloor.importPlant(P);
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private String releasedOrder() {
    return ShopFloor.released(planner, P, "20");
  }

  private void waitForState(String state) {
    browser.textOf(By.id("state"), state);
  }

  @Test
  void an_operator_sets_up_runs_declares_good_and_scrap_and_finishes_and_the_supervisor_sees_it() {
    String order = releasedOrder();
    browser.logIn(TestUsers.OPERATOR, TestUsers.PASSWORD);
    browser.open("shopfloor/terminal.xhtml");

    browser.type(By.id("terminal:scan"), order + "/10" + Keys.ENTER);
    browser.textOf(By.id("terminal:operation"), order + "/10");
    browser.click(By.id("terminal:startSetup"));
    waitForState("Setup");
    browser.click(By.id("terminal:startRun"));
    waitForState("Running");
    browser.click(By.id("terminal:good10"));
    browser.until(
        d -> d.findElement(By.id("terminal:good_input")).getAttribute("value").equals("10"));
    browser.click(By.id("terminal:scrap1"));
    browser.until(
        d -> d.findElement(By.id("terminal:scrap_input")).getAttribute("value").equals("1"));
    browser.click(
        By.xpath("//div[@id='terminal:scrapReason']//div[contains(., 'Out of tolerance')]"));
    browser.click(By.id("terminal:finish"));
    browser.textOf(By.id("growl_container"), order + "/10 finished");

    JsonObject turning =
        Api.object(planner.get("production-orders/" + order))
            .getJsonArray("operations")
            .getJsonObject(0)
            .getJsonObject("progress");
    assertThat(turning.getString("status")).isEqualTo("DONE");
    assertThat(turning.getJsonNumber("good_qty").intValue()).isEqualTo(10);
    assertThat(turning.getJsonNumber("scrap_qty").intValue()).isEqualTo(1);
    List<JsonObject> reports =
        Api.array(planner.get("production-orders/" + order + "/work-reports"))
            .getValuesAs(JsonObject.class);
    assertThat(reports)
        .extracting(
            r ->
                r.getString("kind")
                    + " "
                    + r.getString("source")
                    + " "
                    + r.getString("scrap_reason", "-"))
        .containsExactly("SETUP TERMINAL -", "RUN TERMINAL DIMENSION");
    assertThat(reports.get(1).getString("recorded_by")).isEqualTo(TestUsers.OPERATOR);

    browser.logIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD);
    browser.open("shopfloor/supervisor.xhtml");
    String latest = browser.textOf(By.id("supervisor:reports"), order + "/10");
    assertThat(latest).contains("Out of tolerance");
    assertThat(browser.textOf(By.id("supervisor:times"), order + "/10")).contains("Done");
    assertThat(browser.pageText()).contains("Production orders by state", "Scrap by reason");
  }
}
