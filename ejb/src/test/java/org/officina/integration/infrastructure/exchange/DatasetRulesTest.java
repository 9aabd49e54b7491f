package org.officina.integration.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ProductStructure;
import org.officina.integration.model.Catalog;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.DatasetRules;
import org.officina.shared.model.ImportError;

class DatasetRulesTest {

  private static final String ITEMS =
      "code,supply_type,uom\nPUMP,MAKE,PCS\nBODY,MAKE,PCS\nBAR,BUY,KG\nSCREW,BUY,PCS\n";

  @Test
  void the_demo_plant_is_a_valid_dataset_with_bills_three_to_six_levels_deep() {
    Map<String, String> files = demoPlant();
    List<ImportError> errors = new ArrayList<>();

    Dataset dataset = read(files, errors);
    DatasetRules.check(dataset, Catalog.empty(), errors::add);

    assertThat(errors).isEmpty();
    assertThat(files.keySet()).containsAll(DatasetFiles.names());
    assertThat(dataset.items).hasSizeBetween(300, 1000);
    int deepest =
        new ProductStructure(Dataset.values(dataset.bom))
            .lowLevelCodes().values().stream().max(Integer::compare).orElse(0);
    assertThat(deepest + 1).as("levels").isBetween(3, 6);
  }

  @Test
  void every_error_of_every_file_is_reported_with_its_file_line_and_column() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("items.csv", ITEMS + "GEAR,MAKE,BOX\n");
    files.put("bom.csv", "parent,component,qty_per\nPUMP,BODY,1\nBODY,BAR,-2\nPUMP,NUT,4\n");
    files.put("stock.csv", "item,warehouse,qty\nSCREW,MAIN,2.5\n");
    files.put("demand.csv", "type,number,item,qty,due_date\nSALES,SO-1,PUMP,5,2027-02-30\n");
    List<ImportError> errors = new ArrayList<>();

    DatasetRules.check(read(files, errors), Catalog.empty(), errors::add);

    assertThat(errors)
        .extracting(e -> e.file() + ":" + e.line() + ":" + e.column())
        .containsExactlyInAnyOrder(
            "items.csv:6:uom",
            "bom.csv:3:qty_per",
            "bom.csv:4:component",
            "stock.csv:2:qty",
            "demand.csv:2:due_date");
  }

  @Test
  void a_warehouse_names_a_subcontractor_that_is_one_and_a_location_a_warehouse_there_is() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("items.csv", ITEMS);
    files.put("suppliers.csv", "code,subcontractor\nSTEEL,false\nHEAT,true\n");
    files.put(
        "warehouses.csv",
        "code,nettable,subcontractor\nMAIN,,\nQUAR,false,\nAT-HEAT,false,HEAT\nAT-STEEL,false,STEEL\n"
            + "AT-NOBODY,false,NOBODY\n");
    files.put(
        "locations.csv",
        "warehouse,location,nettable\nMAIN,R-QC,false\nSHED,A-1,false\nMAIN,R-QC,true\n");
    List<ImportError> errors = new ArrayList<>();

    Dataset dataset = read(files, errors);
    DatasetRules.check(dataset, Catalog.empty(), errors::add);

    assertThat(dataset.warehouses)
        .extracting(w -> w.value().code() + " " + w.value().nettable())
        .startsWith("MAIN true", "QUAR false");
    assertThat(errors)
        .extracting(e -> e.file() + ":" + e.line() + ":" + e.column() + " " + e.violation().key())
        .containsExactlyInAnyOrder(
            "warehouses.csv:5:subcontractor supplier.notSubcontractor",
            "warehouses.csv:6:subcontractor supplier.notFound",
            "locations.csv:3:warehouse warehouse.notFound",
            "locations.csv:4:location dataset.duplicate");
  }

  @Test
  void a_changeover_goes_between_two_families_of_a_known_work_center_once() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("departments.csv", "code\nPAINTING\n");
    files.put("work_centers.csv", "code,department\nBOOTH,PAINTING\n");
    files.put(
        "changeovers.csv",
        "work_center,from_family,to_family,minutes\n"
            + "BOOTH,BLACK,WHITE,90\n"
            + "BOOTH,WHITE,BLACK,30\n"
            + "OVEN,BLACK,WHITE,10\n"
            + "BOOTH,WHITE,WHITE,5\n"
            + "BOOTH,BLACK,WHITE,60\n"
            + "BOOTH,RED,BLACK,-1\n");
    List<ImportError> errors = new ArrayList<>();

    Dataset dataset = read(files, errors);
    DatasetRules.check(dataset, Catalog.empty(), errors::add);

    assertThat(dataset.changeovers.get(0).value().minutes()).isEqualTo(90);
    assertThat(errors)
        .extracting(e -> e.file() + ":" + e.line() + ":" + e.column() + " " + e.violation().key())
        .containsExactlyInAnyOrder(
            "changeovers.csv:4:work_center workCenter.unknown",
            "changeovers.csv:5:to_family changeover.sameFamily",
            "changeovers.csv:6:to_family dataset.duplicate",
            "changeovers.csv:7:minutes value.range");
  }

  @Test
  void errors_after_blank_lines_name_the_line_a_person_sees() {
    Map<String, String> files =
        Map.of(
            "items.csv", "code,supply_type\nA,MAKE\n\nB,BOX\n",
            "bom.csv", "parent,component,qty_per\n\n  \nA,X,1\n");
    List<ImportError> errors = new ArrayList<>();

    DatasetRules.check(read(files, errors), Catalog.empty(), errors::add);

    assertThat(errors)
        .extracting(e -> e.file() + ":" + e.line() + ":" + e.column())
        .containsExactlyInAnyOrder("items.csv:4:supply_type", "bom.csv:4:component");
  }

  @Test
  void price_list_lines_that_disagree_repeat_a_break_or_name_unknown_things_are_refused() {
    String header =
        "supplier,item,operation,currency,valid_from,valid_to,min_qty,break_qty,unit_price\n";
    Map<String, String> files =
        Map.of(
            "items.csv",
            ITEMS,
            "suppliers.csv",
            "code,subcontractor\nACME,false\nTT,true\n",
            "price_lists.csv",
            header
                + "ACME,BAR,,EUR,2027-01-01,,0,0,5\n"
                + "ACME,BAR,,EUR,2027-01-01,,50,100,4.5\n"
                + "ACME,BAR,,EUR,2027-01-01,,0,0,4.9\n"
                + "NOBODY,BAR,,EUR,2027-01-01,,0,0,5\n"
                + "ACME,NUT,,EUR,2027-01-01,,0,0,5\n"
                + "ACME,BODY,20,EUR,2027-01-01,2026-01-01,0,0,5\n"
                + "TT,BODY,20,EUR,2027-01-01,,0,0,1.2\n");
    List<ImportError> errors = new ArrayList<>();

    DatasetRules.check(read(files, errors), Catalog.empty(), errors::add);

    assertThat(errors)
        .extracting(e -> e.line() + ":" + e.column() + ":" + e.violation().key())
        .containsExactlyInAnyOrder(
            "3:currency:priceList.disagrees",
            "4:break_qty:priceList.duplicateBreak",
            "5:supplier:supplier.notFound",
            "6:item:item.notFound",
            "7:operation:supplier.notSubcontractor",
            "7:valid_to:priceList.endsBeforeStart");
  }

  @Test
  void a_cycle_across_bills_is_refused_on_the_line_that_closes_it_with_its_path() {
    Map<String, String> files =
        Map.of(
            "items.csv", ITEMS, "bom.csv", "parent,component,qty_per\nPUMP,BODY,1\nBODY,PUMP,1\n");
    List<ImportError> errors = new ArrayList<>();

    DatasetRules.check(read(files, errors), Catalog.empty(), errors::add);

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).line()).isEqualTo(3);
    assertThat(errors.get(0).violation().message()).contains("BODY → PUMP → BODY");
  }

  @Test
  void a_bill_that_closes_a_cycle_through_bills_already_kept_is_refused() {
    Catalog catalog =
        new Catalog(
            Map.of(),
            java.util.Set.of(),
            java.util.Set.of(),
            java.util.Set.of(),
            java.util.Set.of(),
            Map.of(),
            List.of(BomLine.of("BODY", "PUMP", "1")),
            Map.of(),
            java.util.Set.of());
    Map<String, String> files =
        Map.of("items.csv", ITEMS, "bom.csv", "parent,component,qty_per\nPUMP,BODY,1\n");
    List<ImportError> errors = new ArrayList<>();

    DatasetRules.check(read(files, errors), catalog, errors::add);

    assertThat(errors).extracting(e -> e.violation().key()).containsExactly("bom.cycle");
  }

  @Test
  void a_component_twice_in_a_bill_is_allowed_only_on_dates_that_do_not_overlap() {
    Map<String, String> files =
        Map.of(
            "items.csv",
            ITEMS,
            "bom.csv",
            "parent,component,qty_per,valid_from,valid_to\n"
                + "PUMP,SCREW,4,,2027-02-28\nPUMP,SCREW,6,2027-03-01,\nPUMP,SCREW,8,2027-06-01,\n");
    List<ImportError> errors = new ArrayList<>();

    Dataset dataset = read(files, errors);
    DatasetRules.check(dataset, Catalog.empty(), errors::add);

    assertThat(errors).extracting(ImportError::line).containsExactly(4L);
    assertThat(
            new ProductStructure(Dataset.values(dataset.bom))
                .explode("PUMP", java.math.BigDecimal.ONE, LocalDate.of(2027, 3, 1)))
        .extracting(e -> e.quantity().intValue())
        .containsExactly(6);
  }

  @Test
  void references_to_unknown_work_centers_calendars_tools_and_operations_are_refused() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("items.csv", ITEMS);
    files.put("work_centers.csv", "code,department,calendar\nLATHE,MACH,NOPE\n");
    files.put(
        "routings.csv",
        "item,seq,work_center,tooling,parent_seq\nPUMP,10,LATHE,JAW,\nPUMP,11,MILL,,10\nBODY,10,LATHE,,30\n");
    files.put("bom.csv", "parent,component,qty_per,operation_seq\nPUMP,BODY,1,20\n");
    List<ImportError> errors = new ArrayList<>();

    DatasetRules.check(read(files, errors), Catalog.empty(), errors::add);

    assertThat(errors)
        .extracting(e -> e.file() + ":" + e.line() + ":" + e.violation().key())
        .containsExactlyInAnyOrder(
            "work_centers.csv:2:calendar.unknown",
            "routings.csv:2:tool.unknown",
            "routings.csv:3:workCenter.unknown",
            "routings.csv:4:routing.parentSeq",
            "bom.csv:2:bom.noOperation");
  }

  @Test
  void overlapping_shifts_and_mixed_zones_make_a_calendar_unusable() {
    String calendars =
        "calendar,day,shifts,time_zone\n"
            + "TWO,MON,06:00-14:00;13:00-22:00,Europe/Rome\n"
            + "TWO,TUE,06:00-14:00,UTC\n"
            + "TWO,2027-01-01,,Europe/Rome\n"
            + "TWO,FUNDAY,,Europe/Rome\n";
    List<ImportError> errors = new ArrayList<>();

    DatasetRules.check(
        read(Map.of("calendars.csv", calendars), errors), Catalog.empty(), errors::add);

    assertThat(errors)
        .extracting(e -> e.line() + ":" + e.violation().key())
        .containsExactlyInAnyOrder("5:calendar.day", "3:calendar.zones", "2:calendar.invalid");
  }

  @Test
  void written_files_read_back_to_the_same_files() throws IOException {
    List<ImportError> errors = new ArrayList<>();
    Map<String, String> once = write(read(demoPlant(), errors));
    Map<String, String> twice = write(read(once, errors));

    assertThat(errors).isEmpty();
    assertThat(twice).isEqualTo(once);
    assertThat(once.keySet()).containsAll(DatasetFiles.names());
  }

  static Dataset read(Map<String, String> files, List<ImportError> errors) {
    Dataset dataset = new Dataset();
    files.forEach(
        (name, content) ->
            DatasetFiles.read(name, new StringReader(content), dataset, errors::add));
    return dataset;
  }

  private static Map<String, String> write(Dataset dataset) throws IOException {
    Map<String, StringWriter> out = new LinkedHashMap<>();
    DatasetFiles.write(dataset, name -> out.computeIfAbsent(name, n -> new StringWriter()));
    Map<String, String> files = new LinkedHashMap<>();
    out.forEach((name, writer) -> files.put(name, writer.toString()));
    return files;
  }

  static Map<String, String> demoPlant() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : DatasetFiles.names()) {
      try (InputStream in =
          DatasetRulesTest.class.getClassLoader().getResourceAsStream("demo-plant/" + name)) {
        if (in != null) {
          files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
