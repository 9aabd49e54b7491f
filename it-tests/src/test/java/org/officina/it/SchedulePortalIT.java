package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The scheduling board in headless Chromium: a planner drags an operation on the Gantt of the live
 * schedule to a Saturday, when its lathe is closed (refused, with the reason), then to a Monday
 * (locked there, and the schedule follows it), asks when a new order could be promised, and reads
 * the lathe's load chart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class SchedulePortalIT {

  private static final String P =
      "GP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  private final Api planner = Api.as(TestUsers.PLANNER);
  private Browser browser;
  private static String order;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  /** The shop floor's plant, its lathe open on weekdays from 06:00 to 22:00 UTC only. */
  @BeforeAll
  static void aLatheClosedAtWeekends() throws IOException {
    Map<String, String> files = ShopFloor.plant(P);
    StringBuilder calendar = new StringBuilder("calendar,day,shifts,time_zone\n");
    for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI"}) {
      calendar.append(P).append("WEEK,").append(day).append(",06:00-22:00,UTC\n");
    }
    files.put("calendars.csv", calendar.toString());
    files.put(
        "work_centers.csv",
        "code,department,calendar\n"
            + P
            + "LATHE,"
            + P
            + "MACH,"
            + P
            + "WEEK\n"
            + P
            + "ASSY,"
            + P
            + "MACH,\n");
    HttpResponse<String> imported =
        Api.as(TestUsers.PLANNER)
            .postBytes("import/dataset", "application/zip", DatasetIT.zip(files));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    // 100 pumps keep the lathe 7 hours 10 minutes: a bar wide enough to take hold of
    order = ShopFloor.released(Api.as(TestUsers.PLANNER), P, "100");
  }

  @BeforeEach
  void openBrowser() {
    // tall enough for the runs, the late orders and the Gantt at once
    browser = new Browser(1400, 1600);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_planner_drags_an_operation_to_a_closed_day_is_refused_then_locks_it_on_a_working_day()
      throws InterruptedException {
    Instant start = Instant.parse(liveOperation().getString("start"));
    LocalDate saturday =
        LocalDate.ofInstant(start, ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    Instant closed = saturday.atTime(10, 0).toInstant(ZoneOffset.UTC);
    Instant open = saturday.plusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC);

    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("planning/schedule.xhtml");
    showLathe();
    drag(start, closed);
    assertThat(said()).contains(P + "LATHE", "not open long enough");
    assertThat(Api.array(planner.get("schedules/locks")).toString()).doesNotContain(order);

    showLathe();
    drag(start, open);
    assertThat(said()).contains("locked there");
    JsonObject lock =
        Api.array(planner.get("schedules/locks")).stream()
            .map(l -> l.asJsonObject())
            .filter(l -> l.getString("order").equals(order))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no lock of " + order));
    Instant locked = Instant.parse(lock.getString("start"));
    assertThat(Duration.between(open, locked).abs())
        .as("dropped on Monday at noon, to the quarter of an hour")
        .isLessThanOrEqualTo(Duration.ofMinutes(15));
    // re-timed at once, or by the rescheduler when another re-schedule was published meanwhile
    JsonObject moved = liveOperation();
    for (int i = 0; i < 60 && !Instant.parse(moved.getString("start")).equals(locked); i++) {
      Thread.sleep(500);
      moved = liveOperation();
    }
    assertThat(Instant.parse(moved.getString("start"))).isEqualTo(locked);
    assertThat(moved.getString("fixed")).isEqualTo("LOCKED");
    assertThat(browser.textOf(By.id("scheduleForm:locks"), order)).contains(P + "LATHE · 1");

    browser.type(By.id("promiseForm:item"), P + "PUMP");
    browser.click(By.id("promiseForm:ask"));
    assertThat(browser.textOf(By.id("promisedEnd"), "would be done by")).isNotBlank();
    assertThat(browser.textOf(By.id("promiseForm:steps"), P + "LATHE")).contains(P + "ASSY");

    browser.open("planning/capacity.xhtml?workCenter=" + P + "LATHE");
    browser.textOf(By.id("capacityForm:chartPanel"), P + "LATHE");
    WebElement chart =
        browser.until(d -> d.findElement(By.cssSelector("#capacityForm\\:loadChart canvas")));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(browser.textOf(By.id("sources"), "infinite capacity")).contains("operations end");
  }

  @Test
  void the_load_chart_over_rest_gives_the_lathe_its_order_s_minutes_against_weekday_capacity() {
    HttpResponse<String> days = planner.get("capacity-load?days=60&workCenter=" + P + "LATHE");

    assertThat(days.statusCode()).as(days.body()).isEqualTo(200);
    List<JsonObject> buckets =
        Api.object(days).getJsonArray("buckets").stream().map(b -> b.asJsonObject()).toList();
    assertThat(buckets).hasSize(60);
    // 30 minutes of setup and 100 pumps of 4 minutes each, from the order's start on 11 January
    assertThat(buckets.stream().mapToLong(b -> b.getJsonNumber("load_minutes").longValue()).sum())
        .isEqualTo(430);
    assertThat(buckets.subList(1, 60))
        .allSatisfy(
            b -> {
              DayOfWeek day = LocalDate.parse(b.getString("from")).getDayOfWeek();
              long capacity = b.getJsonNumber("capacity_minutes").longValue();
              assertThat(capacity).as(b.toString()).isEqualTo(day.getValue() >= 6 ? 0 : 16 * 60);
            });
    HttpResponse<String> weeks =
        planner.get("capacity-load?days=60&period=week&workCenter=" + P + "LATHE");
    assertThat(
            Api.object(weeks).getJsonArray("buckets").stream()
                .mapToLong(b -> b.asJsonObject().getJsonNumber("load_minutes").longValue())
                .sum())
        .isEqualTo(430);
    assertThat(planner.get("capacity-load?days=0").statusCode()).isEqualTo(400);
    assertThat(planner.get("capacity-load?period=MONTH").statusCode()).isEqualTo(400);
    assertThat(planner.get("capacity-load?workCenter=" + P + "NOWHERE").statusCode())
        .isEqualTo(404);
  }

  /** Publishes a run if nothing is, and reads where the live schedule has the order's turning. */
  private JsonObject liveOperation() throws InterruptedException {
    if (planner.get("schedules/live").statusCode() != 200) {
      long id = ScheduleRuns.draft(planner, "{\"seconds\": 0}");
      assertThat(planner.post("schedules/" + id + "/publish", "application/json", "").statusCode())
          .isEqualTo(200);
    }
    for (int i = 0; i < 100; i++) {
      long live = Api.object(planner.get("schedules/live")).getJsonNumber("id").longValue();
      var mine =
          Api.object(
                  planner.get(
                      "schedules/" + live + "/operations?workCenter=" + P + "LATHE&limit=1000"))
              .getJsonArray("content")
              .stream()
              .map(o -> o.asJsonObject())
              .filter(o -> o.getString("order").equals(order))
              .findFirst();
      if (mine.isPresent()) {
        return mine.get();
      }
      // the order was released after the live run: the re-schedule adds it within 15 s
      Thread.sleep(300);
    }
    throw new AssertionError(order + " is not in the live schedule");
  }

  /** What the page says once it says something, in its messages. */
  private String said() {
    return browser.until(
        d -> {
          String text = d.findElement(By.id("growl_container")).getText();
          return text.isBlank() ? null : text;
        });
  }

  /** Shows the lathe's rows only, once the Gantt drawn before has been replaced. */
  private void showLathe() {
    WebElement before = browser.until(d -> d.findElement(By.id("scheduleForm:gantt")));
    browser.type(By.id("scheduleForm:workCenter"), P + "LATHE");
    browser.click(By.id("scheduleForm:filter"));
    browser.until(ExpectedConditions.stalenessOf(before)::apply);
    browser.until(
        d ->
            d.findElements(By.cssSelector(".vis-label")).stream()
                    .anyMatch(label -> label.getText().contains(P + "LATHE"))
                ? true
                : null);
  }

  /**
   * Drags the order's bar as a person does: the window is set around both times, then the bar is
   * held and moved in steps by the pixels between the two times.
   */
  private void drag(Instant from, Instant to) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    // a request under way, or the page following a run, would redraw the Gantt under the pointer
    browser.until(
        d ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return PrimeFaces.ajax.Queue.isEmpty()"
                        + " && !(PF('runsPoll') && PF('runsPoll').active);")));
    long a = Math.min(from.toEpochMilli(), to.toEpochMilli()) - 12 * 3600_000L;
    long b = Math.max(from.toEpochMilli(), to.toEpochMilli()) + 12 * 3600_000L;
    js.executeScript(
        "PF('gantt').getInstance().setWindow(new Date(arguments[0]), new Date(arguments[1]),"
            + " {animation: false});",
        a,
        b);
    // in view before the pointer takes hold: a page scrolling under it would lose the drag
    js.executeScript(
        "document.getElementById('scheduleForm:gantt').scrollIntoView({block: 'center'});");
    WebElement bar =
        browser.until(
            d ->
                d.findElement(
                    By.xpath(
                        "//span[@data-order='"
                            + order
                            + "' and @data-seq='10']/ancestor::div[contains(@class,'vis-item')][1]")));
    long dx =
        Math.round(
            ((Number)
                    js.executeScript(
                        "var u = PF('gantt').getInstance().body.util;"
                            + " return u.toScreen(new Date(arguments[1]))"
                            + " - u.toScreen(new Date(arguments[0]));",
                        from.toEpochMilli(),
                        to.toEpochMilli()))
                .doubleValue());
    // the timeline takes hold of the bar where the pointer is once it has moved a few pixels:
    // that first move does not count, the next ones carry the bar
    Actions drag =
        new Actions(browser.driver())
            .clickAndHold(bar)
            .moveByOffset(12, 0)
            .pause(Duration.ofMillis(50));
    int steps = 10;
    long done = 0;
    for (int i = 1; i <= steps; i++) {
      long next = dx * i / steps;
      drag.moveByOffset((int) (next - done), 0).pause(Duration.ofMillis(20));
      done = next;
    }
    // the timeline takes the last move in the next frame: let it before letting go
    drag.pause(Duration.ofMillis(300)).release().perform();
  }
}
