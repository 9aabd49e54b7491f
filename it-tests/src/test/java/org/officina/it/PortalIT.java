package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The portal in headless Chromium: what a planner and an operator see and may do. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class PortalIT {

  private final String prefix =
      "WEB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
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
  void a_planner_creates_an_item_and_sees_why_a_bad_one_is_refused() {
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("engineering/items.xhtml");

    String code = prefix + "GP1";
    browser.click(By.id("itemsForm:newItem"));
    browser.type(By.id("itemForm:code"), code);
    browser.type(By.id("itemForm:description"), "Gear pump from the browser");
    browser.type(By.id("itemForm:lead_time_days"), "4");
    browser.click(By.id("itemForm:save"));
    browser.textOf(By.id("growl_container"), "Item " + code + " created.");
    assertThat(Api.object(Api.as(TestUsers.PLANNER).get("items/" + code)).getInt("lead_time_days"))
        .isEqualTo(4);

    browser.click(By.id("itemsForm:newItem"));
    browser.type(By.id("itemForm:code"), "BAD CODE");
    browser.type(By.id("itemForm:lead_time_days"), "-3");
    browser.click(By.id("itemForm:save"));
    String messages = browser.textOf(By.id("itemForm:messages"), "may hold only letters");
    assertThat(messages).contains("must be between 0 and 999, not -3");
    assertThat(Api.as(TestUsers.PLANNER).get("items/BAD%20CODE").statusCode()).isEqualTo(404);
  }

  @Test
  void a_planner_gives_an_item_a_planning_fence_and_marks_a_warehouse_not_counted_by_mrp() {
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("engineering/items.xhtml");
    String code = prefix + "FENCED";
    browser.click(By.id("itemsForm:newItem"));
    browser.type(By.id("itemForm:code"), code);
    browser.click(By.cssSelector("[id='itemForm:planning'] legend"));
    browser.type(By.id("itemForm:planning_time_fence_days"), "5");
    browser.type(By.id("itemForm:quantity_tolerance_pct"), "7.5");
    browser.click(By.id("itemForm:save"));
    browser.textOf(By.id("growl_container"), "Item " + code + " created.");
    JsonObject item = Api.object(Api.as(TestUsers.PLANNER).get("items/" + code));
    assertThat(item.getInt("planning_time_fence_days")).isEqualTo(5);
    assertThat(item.getJsonNumber("quantity_tolerance_pct").doubleValue()).isEqualTo(7.5);

    String quarantine = prefix + "QUAR";
    browser.open("plant/warehouses.xhtml");
    browser.click(By.cssSelector("[id='whForm:addPanel'] .ui-panel-titlebar-icon"));
    browser.type(By.id("whForm:code"), quarantine);
    browser.click(By.id("whForm:nettable"));
    browser.click(By.id("whForm:addWarehouse"));
    assertThat(browser.textOf(By.id("whForm:warehouses"), quarantine)).contains("Not counted");
    assertThat(Api.array(Api.as(TestUsers.PLANNER).get("warehouses")).getValuesAs(JsonObject.class))
        .filteredOn(w -> w.getString("code").equals(quarantine))
        .extracting(w -> w.getBoolean("nettable"))
        .containsExactly(false);
  }

  @Test
  void an_import_with_one_bad_line_reports_the_line_and_imports_nothing() throws Exception {
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("engineering/items-import.xhtml");
    File csv = Files.createTempFile("items", ".csv").toFile();
    Files.writeString(
        csv.toPath(),
        "code,description,uom,lot_rule,lot_qty\n"
            + prefix
            + "A,Valve body,PCS,FOQ,40\n"
            + prefix
            + "B,Spool,PCS,FOQ,\n"
            + prefix
            + "C,Oil,L,LFL,\n");

    browser.upload(By.id("importForm:file_input"), csv);

    String errors = browser.textOf(By.id("importForm:errors"), "is required by lot rule FOQ");
    assertThat(errors).contains("items.csv").contains("3").contains("lot_qty");
    assertThat(browser.pageText()).contains("nothing was imported");
    assertThat(Api.object(Api.as(TestUsers.PLANNER).get("items?code=" + prefix)).getInt("total"))
        .isZero();
  }

  @Test
  void a_correct_import_runs_as_a_job_whose_progress_the_page_follows() throws Exception {
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("engineering/items-import.xhtml");
    File csv = Files.createTempFile("items", ".csv").toFile();
    Files.writeString(csv.toPath(), "code,uom\n" + prefix + "J1,PCS\n" + prefix + "J2,KG\n");

    browser.upload(By.id("importForm:file_input"), csv);

    browser.textOf(By.id("importForm:status"), "COMPLETED");
    assertThat(browser.textOf(By.id("importForm:created"), "2")).isEqualTo("2");
  }

  @Test
  void a_buyer_adds_a_price_list_with_two_breaks_and_makes_its_supplier_preferred() {
    Api planner = Api.as(TestUsers.PLANNER);
    String bar = prefix + "BAR";
    String supplier = prefix + "ACME";
    planner.post(
        "items",
        "application/json",
        "{\"code\":\"" + bar + "\",\"supply_type\":\"BUY\",\"uom\":\"KG\"}");
    planner.post("import/suppliers", "text/csv", "code,name\n" + supplier + ",Acme\n");
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("purchasing/price-lists.xhtml");

    browser.click(By.cssSelector("[id='plForm:addPanel'] .ui-panel-titlebar-icon"));
    browser.click(By.id("plForm:supplier"));
    browser.click(
        By.cssSelector("[id='plForm:supplier_panel'] li[data-label^='" + supplier + "']"));
    browser.type(By.id("plForm:draftItem"), bar);
    browser.type(By.id("plForm:draftBreaks:0:unitPrice_input"), "5.25");
    browser.type(By.id("plForm:draftBreaks:1:fromQty_input"), "100");
    browser.type(By.id("plForm:draftBreaks:1:unitPrice_input"), "4.9");
    browser.click(By.id("plForm:preferred"));
    browser.click(By.id("plForm:saveList"));

    assertThat(browser.textOf(By.id("plForm:lists"), bar)).contains(supplier + " ★", "4.9 EUR");
    JsonObject saved =
        Api.array(planner.get("purchasing/price-lists?item=" + bar))
            .getValuesAs(JsonObject.class)
            .get(0);
    assertThat(saved.getJsonArray("breaks")).hasSize(2);
    assertThat(Api.object(planner.get("purchasing/preferred-suppliers")).getString(bar))
        .isEqualTo(supplier);
  }

  @Test
  void a_supervisor_receives_part_of_a_confirmed_purchase_order_without_seeing_its_prices() {
    Api planner = Api.as(TestUsers.PLANNER);
    String gasket = prefix + "GASKET";
    String supplier = prefix + "GUARNI";
    planner.post(
        "items",
        "application/json",
        "{\"code\":\"" + gasket + "\",\"supply_type\":\"BUY\",\"uom\":\"PCS\"}");
    planner.post("import/suppliers", "text/csv", "code,name\n" + supplier + ",Guarnizioni\n");
    HttpResponse<String> made =
        planner.post(
            "purchasing/orders",
            "application/json",
            "{\"supplier\": \""
                + supplier
                + "\", \"currency\": \"EUR\", \"lines\": [{\"item\": \""
                + gasket
                + "\", \"qty\": 10, \"due_date\": \"2027-03-01\", \"unit_price\": 7.25}]}");
    String po = Api.object(made).getString("number");
    planner.post("purchasing/orders/" + po + "/confirm", "application/json", "");
    planner.put("warehouses/MAIN", "{\"description\": \"Main warehouse\"}", null);
    browser.logIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD);
    browser.open("purchasing/orders.xhtml");

    browser.type(By.id("poForm:supplier"), supplier);
    browser.click(By.id("poForm:search"));
    browser.click(By.id("poForm:orders:0:open"));
    browser.retype(By.id("poForm:qty_input"), "4");
    browser.type(By.id("poForm:lot"), prefix + "G1");
    browser.click(By.id("poForm:receive"));

    assertThat(browser.textOf(By.id("poForm:receipts"), prefix + "G1")).contains("MAIN");
    assertThat(browser.textOf(By.id("poForm:lines"), gasket)).contains("6");
    assertThat(browser.pageText()).doesNotContain("7.25").doesNotContain("Amount");
    JsonObject order = Api.object(planner.get("purchasing/orders/" + po));
    assertThat(order.getString("status")).isEqualTo("PARTLY_RECEIVED");
  }

  @Test
  void an_operator_sees_the_items_but_the_import_page_is_refused() {
    browser.logIn(TestUsers.OPERATOR, TestUsers.PASSWORD);
    browser.open("engineering/items.xhtml");
    browser.textOf(By.id("itemsForm:items"), "Code");
    assertThat(browser.pageText()).doesNotContain("New item");

    browser.open("engineering/items-import.xhtml");
    assertThat(browser.textOf(By.id("forbidden"), "Not allowed")).isEqualTo("Not allowed");
  }

  @Test
  void the_portal_speaks_italian_when_asked() {
    browser.logIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD);
    browser.click(By.cssSelector("a[data-language='it']"));
    browser.textOf(By.id("menu"), "Articoli");
    browser.open("engineering/items.xhtml");
    assertThat(browser.textOf(By.id("itemsForm:items"), "Codice")).contains("Approvvigionamento");
  }

  @Test
  void a_planner_edits_a_bom_in_the_tree_and_the_where_used_view_follows() throws Exception {
    Map<String, String> plant = new LinkedHashMap<>();
    plant.put(
        "items.csv",
        "code,supply_type,description\n"
            + prefix
            + "PUMP,MAKE,Gear pump\n"
            + prefix
            + "BODY,MAKE,Pump body\n"
            + prefix
            + "SEAL,BUY,Lip seal\n"
            + prefix
            + "SEAL2,BUY,Lip seal FKM\n");
    plant.put(
        "bom.csv",
        "parent,component,qty_per\n"
            + prefix
            + "PUMP,"
            + prefix
            + "BODY,1\n"
            + prefix
            + "PUMP,"
            + prefix
            + "SEAL,2\n");
    assertThat(
            Api.as(TestUsers.PLANNER)
                .postBytes("import/dataset", "application/zip", DatasetIT.zip(plant))
                .statusCode())
        .isEqualTo(200);
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("engineering/bom.xhtml?item=" + prefix + "PUMP");
    browser.textOf(By.id("bomForm:tree"), prefix + "SEAL");
    browser.type(By.id("bomForm:whereUsedOf"), prefix + "SEAL2");
    browser.click(By.id("bomForm:showWhereUsed"));
    browser.textOf(By.id("bomForm:whereUsed"), "Not used in any bill.");
    browser.click(By.xpath("//a[normalize-space(text())='" + prefix + "BODY']"));
    browser.textOf(By.id("bomForm:whereUsed"), prefix + "PUMP");
    assertThat(browser.textOf(By.id("bomForm:tree"), "pcs")).contains("pcs");

    String sealRow = "//tr[.//a[normalize-space(text())='" + prefix + "SEAL']]";
    browser.click(By.xpath(sealRow + "//a[contains(@class,'ui-row-editor-pencil')]"));
    By component = By.xpath("//input[contains(@id,':component') and @value='" + prefix + "SEAL']");
    browser.type(component, prefix + "SEAL2");
    browser.click(By.xpath(sealRow + "//a[contains(@class,'ui-row-editor-check')]"));

    browser.textOf(By.id("growl_container"), "Bill of materials of " + prefix + "PUMP saved.");
    assertThat(browser.textOf(By.id("bomForm:whereUsed"), prefix + "PUMP")).contains("Gear pump");
    assertThat(Api.object(Api.as(TestUsers.PLANNER).get("boms/" + prefix + "PUMP")).toString())
        .contains(prefix + "SEAL2")
        .doesNotContain(prefix + "SEAL\"");
  }

  @Test
  void the_plant_stock_and_order_pages_show_what_a_dataset_brought() throws Exception {
    Api planner = Api.as(TestUsers.PLANNER);
    assertThat(
            planner
                .postBytes(
                    "import/dataset", "application/zip", DatasetIT.zip(DatasetIT.plant(prefix)))
                .statusCode())
        .isEqualTo(200);
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);

    browser.open("plant/work-centers.xhtml");
    browser.click(By.xpath("//tr[.//span[text()='" + prefix + "LATHE']]"));
    browser.textOf(By.id("wcForm:calendarPanel"), prefix + "CAL");
    browser.textOf(By.id("wcForm:schedule"), "06:00-14:00");

    browser.open("engineering/routing.xhtml?item=" + prefix + "BODY");
    browser.textOf(By.id("routingForm:operations"), prefix + "LATHE");

    browser.open("inventory/stock.xhtml");
    browser.type(By.xpath("//th[.//span[text()='Item']]//input"), prefix);
    browser.click(By.xpath("//tr[.//span[text()='" + prefix + "BAR']]"));
    browser.textOf(By.id("stockForm:movements"), "Import");

    browser.open("orders/demand.xhtml");
    browser.type(By.xpath("//th[.//span[text()='Item']]//input"), prefix);
    browser.textOf(By.id("demandForm:lines"), prefix + "SO/1");

    browser.open("orders/supply.xhtml");
    browser.type(By.xpath("//th[.//span[text()='Item']]//input"), prefix);
    browser.textOf(By.id("supplyForm:lines"), prefix + "PO/1");
  }
}
