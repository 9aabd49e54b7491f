package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small plant of a test's own, and production orders on it, made over REST. */
final class ShopFloor {

  private ShopFloor() {}

  /**
   * A pump and a gearbox, each of a body (by picking list), four screws (backflushed at assembly)
   * and half a litre of oil (issued at release); turned on a lathe, then assembled. Orders are made
   * by hand for the pump; MRP plans the gearbox for a sales order.
   */
  static Map<String, String> plant(String p) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "items.csv",
        "code,supply_type,uom,issue_method\n"
            + p
            + "PUMP,MAKE,PCS,\n"
            + p
            + "GEARBOX,MAKE,PCS,\n"
            + p
            + "BODY,BUY,PCS,PICKING_LIST\n"
            + p
            + "SCREW,BUY,PCS,BACKFLUSH\n"
            + p
            + "OIL,BUY,L,AUTOMATIC\n");
    files.put("departments.csv", "code,description\n" + p + "MACH,Machining\n");
    files.put(
        "work_centers.csv",
        "code,department\n" + p + "LATHE," + p + "MACH\n" + p + "ASSY," + p + "MACH\n");
    StringBuilder bom = new StringBuilder("parent,component,qty_per,operation_seq\n");
    StringBuilder routings = new StringBuilder("item,seq,work_center,setup_minutes,run_minutes\n");
    for (String product : List.of(p + "PUMP", p + "GEARBOX")) {
      bom.append(product).append(',').append(p).append("BODY,1,10\n");
      bom.append(product).append(',').append(p).append("SCREW,4,20\n");
      bom.append(product).append(',').append(p).append("OIL,0.5,20\n");
      routings.append(product).append(",10,").append(p).append("LATHE,30,4\n");
      routings.append(product).append(",20,").append(p).append("ASSY,10,6\n");
    }
    files.put("bom.csv", bom.toString());
    files.put("routings.csv", routings.toString());
    files.put(
        "stock.csv",
        "item,warehouse,qty,lot\n"
            + p
            + "BODY,MAIN,100,LB1\n"
            + p
            + "SCREW,MAIN,150,LS1\n"
            + p
            + "SCREW,MAIN,500,LS2\n"
            + p
            + "OIL,MAIN,200,LO1\n");
    files.put(
        "demand.csv",
        "type,number,item,qty,due_date\nSALES," + p + "SO," + p + "GEARBOX,20,2027-02-01\n");
    return files;
  }

  /** Imports the plant with every code starting with the prefix. */
  static void importPlant(String p) throws IOException {
    HttpResponse<String> imported =
        Api.as(TestUsers.PLANNER)
            .postBytes("import/dataset", "application/zip", DatasetIT.zip(plant(p)));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  /**
   * Asks for an order of qty pumps by hand, from 11 to 15 January, with more properties if given.
   */
  static HttpResponse<String> create(Api who, String p, String qty, String more) {
    return who.post(
        "production-orders",
        "application/json",
        "{\"item\": \"%sPUMP\", \"qty\": %s, \"start_date\": \"2027-01-11\", \"due_date\": \"2027-01-15\"%s}"
            .formatted(p, qty, more));
  }

  /** A planner's order of qty pumps, released by who. */
  static String released(Api who, String p, String qty) {
    HttpResponse<String> created = create(Api.as(TestUsers.PLANNER), p, qty, "");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String number = Api.object(created).getString("number");
    HttpResponse<String> release =
        who.post("production-orders/" + number + "/release", "application/json", "{}");
    assertThat(release.statusCode()).as(release.body()).isEqualTo(200);
    return number;
  }

  /** A declaration of a run as JSON, with more members (each led by a comma) at its end. */
  static String run(
      String clientId, String order, int operation, int good, int scrap, String more) {
    return "{\"client_id\": \""
        + clientId
        + "\", \"order\": \""
        + order
        + "\", \"operation\": "
        + operation
        + ", \"kind\": \"RUN\", \"minutes\": 40, \"good_qty\": "
        + good
        + ", \"scrap_qty\": "
        + scrap
        + more
        + "}";
  }
}
