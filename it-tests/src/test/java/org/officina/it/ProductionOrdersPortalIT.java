package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Production orders in the portal, in headless Chromium, as a planner and an operator use them: the
 * list, the order's page, release with shortages accepted, the printed traveller, the kiosk
 * terminal scanning it; the page in Italian; the list exported to Excel as filtered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ProductionOrdersPortalIT {

  private static final String P =
      "PO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private final Api planner = Api.as(TestUsers.PLANNER);
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  /** The shop floor's plant, with its work centers on a calendar kept in Europe/Rome. */
  @BeforeAll
  static void plantOfItsOwn() throws IOException {
    Map<String, String> files = ShopFloor.plant(P);
    files.put(
        "calendars.csv",
        "calendar,day,shifts,time_zone\n" + P + "CAL,MON,06:00-14:00,Europe/Rome\n");
    files.put(
        "work_centers.csv",
        "code,department,calendar\n"
            + P
            + "LATHE,"
            + P
            + "MACH,"
            + P
            + "CAL\n"
            + P
            + "ASSY,"
            + P
            + "MACH,"
            + P
            + "CAL\n");
    HttpResponse<String> imported =
        Api.as(TestUsers.PLANNER)
            .postBytes("import/dataset", "application/zip", DatasetIT.zip(files));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private String planned(String qty) {
    HttpResponse<String> created = ShopFloor.create(planner, P, qty, "");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.object(created).getString("number");
  }

  @Test
  void
      a_planner_releases_an_order_short_of_material_prints_its_traveller_and_an_operator_scans_it_and_declares()
          throws IOException {
    // 150 pumps need 150 bodies; 100 are in stock
    String order = planned("150");
    browser = new Browser();
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("orders/production-orders.xhtml?item=" + P + "PUMP");
    browser.click(By.linkText(order));

    browser.textOf(By.id("status"), "Planned");
    browser.click(By.id("order:releaseShort"));
    String shortages = browser.textOf(By.id("order:shortList"), P + "BODY");
    assertThat(shortages).contains("150", "100", "50");
    browser.click(By.id("order:releaseAccepting"));
    browser.textOf(By.id("growl_container"), order + " released");
    browser.textOf(By.id("status"), "Released");
    assertThat(
            Api.object(planner.get("production-orders/" + order))
                .getJsonObject("order")
                .getString("status"))
        .isEqualTo("RELEASED");

    String href =
        browser
            .until(
                d ->
                    d.findElement(
                        By.cssSelector("[id='order:traveller'] a, a[id='order:traveller']")))
            .getAttribute("href");
    assertThat(href).endsWith("/api/v1/papers/travellers/" + order + "?lang=en");
    String traveller = pdfText(planner.getBytes("papers/travellers/" + order + "?lang=en"));
    assertThat(traveller).contains("Traveller " + order, order + "/10", order + "/20", P + "BODY");

    browser.logIn(TestUsers.OPERATOR, TestUsers.PASSWORD);
    browser.open("shopfloor/terminal.xhtml");
    assertThat(browser.driver().findElements(By.id("menu"))).as("no portal menu").isEmpty();
    browser.type(By.id("terminal:scan"), order + "/10" + Keys.ENTER);
    browser.textOf(By.id("terminal:operation"), order + "/10");
    browser.click(By.id("terminal:startRun"));
    browser.textOf(By.id("state"), "Running");
    assertThat(browser.driver().findElement(By.id("terminal:startSetup")).getAttribute("class"))
        .contains("ui-state-disabled");
    browser.click(By.id("terminal:scrap1"));
    browser.click(By.id("terminal:declare"));
    browser.textOf(By.id("growl_container"), "Choose why the parts were scrapped");
    browser.click(
        By.xpath("//div[@id='terminal:scrapReason']//div[contains(., 'Out of tolerance')]"));
    browser.click(By.id("terminal:good10"));
    browser.until(
        d -> d.findElement(By.id("terminal:good_input")).getAttribute("value").equals("10"));
    browser.click(By.id("terminal:declare"));
    browser.textOf(By.id("growl_container"), order + "/10");

    JsonObject turning =
        Api.object(planner.get("production-orders/" + order))
            .getJsonArray("operations")
            .getJsonObject(0)
            .getJsonObject("progress");
    assertThat(turning.getJsonNumber("good_qty").intValue()).isEqualTo(10);
    assertThat(turning.getJsonNumber("scrap_qty").intValue()).isEqualTo(1);
  }

  @Test
  void an_unknown_code_scanned_with_enter_says_so_at_the_terminal() {
    browser = new Browser(1280, 800);
    browser.logIn(TestUsers.OPERATOR, TestUsers.PASSWORD);
    browser.open("shopfloor/terminal.xhtml");
    browser.type(By.id("terminal:scan"), "PRD-0/99" + Keys.ENTER);
    browser.textOf(By.id("growl_container"), "No operation to do has the code PRD-0/99");
  }

  @Test
  void the_order_page_in_italian_shows_labels_italian_numbers_and_times_of_the_plant()
      throws IOException {
    String order = planned("10");
    StringBuilder materials = new StringBuilder();
    for (JsonObject m :
        Api.object(planner.get("production-orders/" + order))
            .getJsonArray("materials")
            .getValuesAs(JsonObject.class)) {
      String item = m.getString("item");
      materials
          .append(materials.length() == 0 ? "" : ",")
          .append(
              "{\"line\": %d, \"item\": \"%s\", \"qty_per\": %s, \"operation_seq\": %d}"
                  .formatted(
                      m.getInt("line"),
                      item,
                      item.equals(P + "OIL") ? "0.065" : m.getJsonNumber("qty_per").toString(),
                      m.getInt("operation_seq")));
    }
    HttpResponse<String> oil =
        planner.send(
            "PUT",
            "production-orders/" + order + "/materials",
            "application/json",
            "{\"materials\": [" + materials + "]}");
    assertThat(oil.statusCode()).as(oil.body()).isEqualTo(200);
    Instant created =
        Instant.parse(
            Api.object(planner.get("production-orders/" + order))
                .getJsonArray("history")
                .getJsonObject(0)
                .getString("done_at"));

    browser = new Browser();
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.click(By.cssSelector("[data-language='it']"));
    browser.until(d -> d.findElement(By.tagName("body")).getText().contains("Esci"));
    browser.open("orders/production-order.xhtml?number=" + order);

    browser.textOf(By.id("status"), "Pianificato");
    String shown = browser.textOf(By.id("order:tabs:materials"), P + "OIL");
    assertThat(shown)
        .contains("0,065", "Automatico al lancio")
        .doesNotContain("0.065", "AUTOMATIC");
    browser.click(By.cssSelector("a[href='#order:tabs:historyTab']"));
    String when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.ITALIAN)
            .withZone(ROME)
            .format(created);
    assertThat(browser.textOf(By.id("order:tabs:history"), "Crea")).contains(when, "Pianificato");
    assertThat(browser.pageText()).doesNotContain("PLANNED", "PICKING_LIST", "BACKFLUSH", "CREATE");
  }

  @Test
  void a_planner_changes_the_materials_of_one_order_in_its_page() {
    String order = planned("10");
    browser = new Browser();
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("orders/production-order.xhtml?number=" + order);
    browser.click(By.id("order:editMaterials"));
    List<WebElement> items =
        browser.until(
            d -> {
              List<WebElement> shown = d.findElements(By.cssSelector("input[id$='draftItem']"));
              return shown.size() == 3 && shown.get(0).isDisplayed() ? shown : null;
            });
    int oil = 0;
    while (!items.get(oil).getAttribute("value").equals(P + "OIL")) {
      oil++;
    }
    By quantity = By.id("order:drafts:" + oil + ":draftQty_input");
    browser.until(d -> d.findElement(quantity)).sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.75");
    browser.click(By.id("order:saveMaterials"));
    browser.textOf(By.id("growl_container"), order + " saved");

    JsonObject saved =
        Api.object(planner.get("production-orders/" + order))
            .getJsonArray("materials")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("item").equals(P + "OIL"))
            .findFirst()
            .orElseThrow();
    assertThat(saved.getJsonNumber("qty_per").bigDecimalValue()).isEqualByComparingTo("0.75");
    assertThat(saved.getJsonNumber("required_qty").bigDecimalValue()).isEqualByComparingTo("7.5");
  }

  @Test
  void the_list_exported_to_excel_holds_the_rows_its_filters_show() throws IOException {
    planned("3");
    planned("4");
    browser = new Browser();
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("orders/production-orders.xhtml?item=" + P + "PUMP");
    browser.textOf(By.id("orders:table"), P + "PUMP");
    browser.click(By.id("orders:tableXlsx"));
    Path workbook = browser.downloaded("production-orders.xlsx");

    Set<String> exported = new HashSet<>();
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook excel = new XSSFWorkbook(in)) {
      Sheet sheet = excel.getSheetAt(0);
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          exported.add(
              row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue());
        }
      }
    }
    Set<String> listed = new HashSet<>();
    Api.object(
            planner.get(
                "production-orders?status=PLANNED,RELEASED,IN_PROGRESS&item="
                    + P
                    + "PUMP&limit=1000"))
        .getJsonArray("content")
        .getValuesAs(JsonObject.class)
        .forEach(o -> listed.add(o.getString("number") + " " + o.getString("item")));
    assertThat(listed).hasSizeGreaterThanOrEqualTo(2);
    assertThat(exported).isEqualTo(listed);
  }

  private static String pdfText(HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PdfReader reader = new PdfReader(response.body())) {
      PdfTextExtractor text = new PdfTextExtractor(reader);
      StringBuilder all = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        all.append(text.getTextFromPage(page)).append('\n');
      }
      return all.toString();
    }
  }
}
