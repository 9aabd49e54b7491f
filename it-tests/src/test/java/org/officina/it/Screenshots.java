package org.officina.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Takes the pictures of the main pages that the README and docs/ show, in English and Italian, from
 * a running demo (bin/demo): {@code bin/screenshots [DIR]} writes DIR/NAME-en.png and NAME-it.png
 * (docs/screenshots by default). It reads the demo plant as its users see it; it changes nothing
 * but a released order's first operation, which the operator starts at the terminal.
 */
public final class Screenshots {

  private final Path dir;

  private Screenshots(Path dir) {
    this.dir = dir;
  }

  public static void main(String[] args) throws IOException {
    Screenshots shots = new Screenshots(Path.of(args.length > 0 ? args[0] : "docs/screenshots"));
    String order = firstReleasedOrder();
    livePlan();
    for (String language : new String[] {"en", "it"}) {
      shots.planner(language, order);
      shots.supervisor(language);
      shots.terminal(language, order);
    }
    System.out.println("screenshots written to " + shots.dir.toAbsolutePath());
  }

  /**
   * A live MRP plan for the workbench to show: a regeneration of a year from today when there is
   * none.
   */
  private static void livePlan() {
    Api planner = Api.as("planner", "planner");
    if (!planner.get("mrp/runs").body().contains("\"live\":true")) {
      MrpRuns.runToTheEnd(
          planner,
          "{\"start\": \""
              + java.time.LocalDate.now()
              + "\", \"horizonDays\": 365, \"mode\": \"REGENERATIVE\", \"simulation\": false}");
    }
  }

  private static String firstReleasedOrder() {
    JsonObject page =
        Api.object(Api.as("planner", "planner").get("production-orders?status=RELEASED&limit=1"));
    return page.getJsonArray("content").getJsonObject(0).getString("number");
  }

  private void planner(String language, String order) throws IOException {
    try (Browser browser = new Browser(1440, 900)) {
      logIn(browser, "planner", language);
      shoot(browser, "", "home", language);
      shoot(browser, "orders/production-orders.xhtml", "production-orders", language);
      shoot(browser, "orders/production-order.xhtml?number=" + order, "production-order", language);
      shoot(browser, "engineering/bom.xhtml?item=GP1-004R", "bom", language);
      shoot(browser, "engineering/item.xhtml?code=SA-GP1-BODY", "item", language);
      browser.open("planning/mrp.xhtml?item=SA-GP1-BODY");
      browser.until(d -> d.findElements(By.id("mrpForm:tabs:grid")).size() == 1);
      browser.click(By.id("mrpForm:request_toggler"));
      browser.until(d -> !d.findElement(By.id("mrpForm:runMrp")).isDisplayed());
      browser.screenshot(dir.resolve("mrp-workbench-" + language + ".png"));
    }
  }

  private void supervisor(String language) throws IOException {
    try (Browser browser = new Browser(1440, 900)) {
      logIn(browser, "supervisor", language);
      shoot(browser, "shopfloor/supervisor.xhtml", "supervisor", language);
    }
  }

  private void terminal(String language, String order) throws IOException {
    try (Browser browser = new Browser(1280, 800)) {
      logIn(browser, "operator", language);
      browser.open("shopfloor/terminal.xhtml");
      browser.type(By.id("terminal:scan"), order + "/10" + Keys.ENTER);
      browser.textOf(By.id("terminal:operation"), order + "/10");
      browser.screenshot(dir.resolve("terminal-" + language + ".png"));
    }
  }

  private static void logIn(Browser browser, String user, String language) {
    browser.logIn(user, user);
    browser.click(By.cssSelector("[data-language='" + language + "']"));
    browser.until(
        d ->
            d.findElement(By.cssSelector("[data-language='" + language + "']"))
                .getAttribute("class")
                .contains("of-language-current"));
  }

  private void shoot(Browser browser, String page, String name, String language)
      throws IOException {
    browser.open(page);
    browser.until(d -> d.findElements(By.id("topbar:logout")).size() == 1);
    browser.screenshot(dir.resolve(name + "-" + language + ".png"));
  }
}
