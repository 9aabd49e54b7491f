package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
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

/**
 * The subcontracting workbench in headless Chromium, as a planner uses it: a firm planned
 * subcontract order converted into an order, its components shipped on a delivery note, the note's
 * PDF opened from the list, and the material shown at the subcontractor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class SubcontractingWorkbenchIT {

  private static final String P =
      "SW" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
  private static final String RING = P + "RING-Z";
  private static final String ZINC = P + "ZINC";

  private final Api planner = Api.as(TestUsers.PLANNER);
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  /** A zinc-plated ring made by ZINC from a blank; 20 sold, 50 blanks in stock. */
  @BeforeAll
  static void aPlantThatSubcontractsPlating() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "items.csv",
        "code,supply_type,uom\n" + RING + ",SUBCONTRACT,PCS\n" + P + "BLANK,BUY,PCS\n");
    files.put("departments.csv", "code,description,plant\n" + P + "STORES,Stores,MAIN\n");
    files.put(
        "warehouses.csv", "code,description,nettable,subcontractor\nMAIN,Main warehouse,true,\n");
    files.put("suppliers.csv", "code,name,subcontractor\n" + ZINC + ",Zincatura,true\n");
    files.put("bom.csv", "parent,component,qty_per\n" + RING + "," + P + "BLANK,1\n");
    files.put("stock.csv", "item,warehouse,qty,lot\n" + P + "BLANK,MAIN,50," + P + "BL1\n");
    files.put(
        "demand.csv",
        "type,number,item,qty,due_date\nSALES," + P + "SO," + RING + ",20,2027-02-10\n");
    files.put(
        "price_lists.csv",
        "supplier,item,operation,currency,valid_from,valid_to,lead_time_days,min_qty,multiple,"
            + "break_qty,unit_price,preferred\n"
            + ZINC
            + ","
            + RING
            + ",,EUR,2026-01-01,,5,0,,0,0.3,true\n");
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

  private long firmedProposal() throws IOException {
    String run =
        String.valueOf(
            MrpRuns.runToTheEnd(
                    planner,
                    "{\"start\": \"2027-01-04\", \"horizonDays\": 180, \"mode\": \"REGENERATIVE\"}")
                .getInt("id"));
    List<CSVRecord> planned =
        MrpRuns.csv(planner.get("mrp/runs/" + run + "/planned-orders").body());
    String number =
        planned.stream()
            .filter(o -> o.get("item").equals(RING))
            .findFirst()
            .orElseThrow()
            .get("number")
            .substring("PLN-".length());
    HttpResponse<String> firmed =
        planner.post(
            "mrp/runs/" + run + "/firm", "application/json", "{\"numbers\": [" + number + "]}");
    return Api.object(firmed).getJsonArray("firm_planned_orders").getJsonNumber(0).longValue();
  }

  @Test
  void a_planner_converts_a_proposal_ships_its_components_and_opens_the_delivery_notes_pdf()
      throws IOException {
    long firm = firmedProposal();
    browser = new Browser();
    browser.logIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    browser.open("purchasing/subcontracting.xhtml");

    assertThat(browser.textOf(By.id("scForm:proposals"), "FPO-" + firm)).contains(ZINC, "0.3 EUR");
    browser.click(
        By.cssSelector("[id='scForm:proposals'] tr[data-rk='" + firm + "'] .ui-chkbox-box"));
    browser.click(By.id("scForm:convert"));
    String made = browser.textOf(By.id("scForm:messages"), "Made SC-");
    String order = made.substring(made.indexOf("SC-")).strip();

    browser.click(By.linkText(order));
    browser.type(By.id("scForm:carrier"), "Rossi Trasporti");
    browser.click(By.id("scForm:ship"));
    String posted = browser.textOf(By.id("scForm:messages"), "Delivery note DDT-");
    String note = posted.substring(posted.indexOf("DDT-"), posted.indexOf(" posted"));

    assertThat(browser.textOf(By.id("scForm:held"), P + "BLANK"))
        .contains("SUB-" + ZINC, P + "BL1");
    String href = browser.driver().findElement(By.linkText(note)).getAttribute("href");
    assertThat(href).endsWith("/api/v1/subcontracting/delivery-notes/" + note + "/pdf");
    HttpResponse<byte[]> pdf = planner.getBytes(href);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
  }
}
