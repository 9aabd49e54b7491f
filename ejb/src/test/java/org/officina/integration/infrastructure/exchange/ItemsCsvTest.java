package org.officina.integration.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.PlanningPolicy;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.shared.model.ImportError;

class ItemsCsvTest {

  private static ItemFileCheck check(String csv) {
    return ItemFileCheck.of(new StringReader(csv));
  }

  @Test
  void columns_come_in_any_order_and_empty_cells_take_the_defaults() {
    ItemFileCheck file =
        check(
            "lot_rule,code,uom\nFOQ,GP1-004R,\n,CS-OIL,L\n"
                .replace("FOQ,GP1-004R,", "LFL,GP1-004R,"));
    assertThat(file.errors()).isEmpty();
    assertThat(file.items())
        .containsExactly(
            ItemData.withDefaults("GP1-004R"),
            new ItemData(
                "CS-OIL",
                "",
                UnitOfMeasure.L,
                SupplyType.BUY,
                0,
                LotRule.LFL,
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void
      the_planning_columns_give_fences_windows_and_tolerances_and_a_file_without_them_keeps_them() {
    ItemFileCheck file =
        check(
            "code,demand_time_fence_days,planning_time_fence_days,"
                + "forecast_consumption_backward_days,forecast_consumption_forward_days,"
                + "early_tolerance_days,late_tolerance_days,quantity_tolerance_pct\n"
                + "GP1-004R,5,3,10,20,2,1,7.5\n"
                + "CS-OIL,,,,,,,\n"
                + "CS-BAD,-1,4000,,,,,120\n");
    ItemFileCheck without = check("code\nGP1-004R\n");

    assertThat(file.items().subList(0, 2))
        .extracting(ItemData::planning)
        .containsExactly(
            new PlanningPolicy(5, 3, 10, 20, 2, 1, new java.math.BigDecimal("7.5"), null),
            PlanningPolicy.NONE);
    assertThat(file.errors())
        .extracting(e -> e.line() + " " + e.column())
        .containsExactly(
            "4 demand_time_fence_days", "4 planning_time_fence_days", "4 quantity_tolerance_pct");
    assertThat(without.items().get(0).planning()).isNull();
  }

  @Test
  void every_error_is_reported_with_its_line_and_column() {
    ItemFileCheck file =
        check(
            "code,uom,supply_type,lead_time_days,lot_rule,lot_qty\n"
                + "A-1,PCS,MAKE,5,FOQ,50\n"
                + "A-2,BOX,MAKE,five,FOQ,\n"
                + "A-1,KG,BUY,1,LFL,\n");
    ItemFileCheck flag = check("code,lead_time_from_routing\nA-3,yes\n");
    assertThat(flag.errors())
        .extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(2L, "lead_time_from_routing"));
    assertThat(file.valid()).isFalse();
    assertThat(file.errors())
        .extracting(ImportError::file, ImportError::line, ImportError::column)
        .containsExactly(
            tuple("items.csv", 3L, "uom"),
            tuple("items.csv", 3L, "lead_time_days"),
            tuple("items.csv", 3L, "lot_qty"),
            tuple("items.csv", 4L, "code"));
    assertThat(file.errors().get(3).violation().message())
        .isEqualTo("code A-1 is already on line 2");
  }

  @Test
  void a_cell_with_a_huge_exponent_or_too_many_digits_is_refused_at_once() {
    String csv = "code,safety_stock\nA,1E+100000\nB," + "9".repeat(100_000) + "\nC,25\n";

    ItemFileCheck file = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> check(csv));

    assertThat(file.errors())
        .extracting(ImportError::line, ImportError::column, e -> e.violation().key())
        .containsExactly(
            tuple(2L, "safety_stock", "quantity.digits"),
            tuple(3L, "safety_stock", "quantity.digits"));
  }

  @Test
  void a_quoted_description_over_two_lines_keeps_the_lines_of_later_rows_right() {
    ItemFileCheck file =
        check("code,description,uom\nA-1,\"first line\nsecond line\",PCS\nA-2,,XX\n");
    assertThat(file.errors()).extracting(ImportError::line).containsExactly(4L);
    assertThat(file.items())
        .extracting(ItemData::description)
        .containsExactly("first line\nsecond line");
  }

  @Test
  void unknown_repeated_and_missing_columns_refuse_the_whole_file() {
    assertThat(check("code,colour\nA,red\n").errors())
        .extracting(ImportError::line, ImportError::column)
        .containsExactly(tuple(1L, "colour"));
    assertThat(check("code,uom,UOM\nA,PCS,PCS\n").errors())
        .extracting(ImportError::column)
        .containsExactly("UOM");
    assertThat(check("description\nA bearing\n").errors())
        .extracting(ImportError::column)
        .containsExactly("code");
  }

  @Test
  void an_empty_file_a_header_alone_and_a_row_of_the_wrong_width_are_errors() {
    assertThat(check("").errors())
        .extracting(e -> e.violation().key())
        .containsExactly("csv.empty");
    assertThat(check("code,uom\n").errors())
        .extracting(e -> e.violation().key())
        .containsExactly("csv.noRows");
    assertThat(check("code,uom\nA,PCS,extra\n").errors())
        .extracting(ImportError::line, e -> e.violation().key())
        .containsExactly(tuple(2L, "csv.cellCount"));
  }

  @Test
  void an_unclosed_quote_is_reported_not_thrown() {
    ItemFileCheck file = check("code,description\nA,\"never closed\n");
    assertThat(file.valid()).isFalse();
    assertThat(file.errors()).extracting(e -> e.violation().key()).containsExactly("csv.malformed");
  }

  @Test
  void what_export_writes_import_reads_back_unchanged() throws IOException {
    List<ItemData> items =
        List.of(
            new ItemData(
                "GP1-004R",
                "Gear pump, \"group 1\"",
                UnitOfMeasure.PCS,
                SupplyType.MAKE,
                5,
                LotRule.FOQ,
                new BigDecimal("20"),
                null,
                null,
                null,
                new BigDecimal("5"),
                true,
                "g.bianchi",
                null,
                new BigDecimal("3.5"),
                null),
            new ItemData(
                "RM-AL-60",
                "Aluminium bar",
                UnitOfMeasure.KG,
                SupplyType.BUY,
                10,
                LotRule.MIN_MULT,
                null,
                new BigDecimal("200.5"),
                new BigDecimal("50"),
                null,
                new BigDecimal("100.25"),
                false,
                "",
                null),
            new ItemData(
                "DV03-43C",
                "Valve",
                UnitOfMeasure.PCS,
                SupplyType.SUBCONTRACT,
                6,
                LotRule.POQ,
                null,
                null,
                null,
                5,
                null,
                false,
                "",
                null));
    StringWriter first = new StringWriter();
    ItemsCsv.write(items, first);
    ItemFileCheck read = check(first.toString());
    assertThat(read.errors()).isEmpty();
    assertThat(read.items())
        .isEqualTo(items.stream().map(i -> i.withPlanning(PlanningPolicy.NONE)).toList());
    StringWriter second = new StringWriter();
    ItemsCsv.write(read.items(), second);
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @Test
  void a_file_with_many_errors_counts_them_all_and_lists_the_first_thousand() {
    StringBuilder csv = new StringBuilder("code,uom\n");
    for (int i = 0; i < 1500; i++) {
      csv.append("A-").append(i).append(",BOX\n");
    }
    ItemFileCheck file = check(csv.toString());
    assertThat(file.errorCount()).isEqualTo(1500);
    assertThat(file.errors()).hasSize(1000);
  }

  @Test
  void the_reader_can_resume_after_the_rows_already_taken() {
    ItemsCsv.RowReader rows = ItemsCsv.open(new StringReader("code\nA\nB\nC\n"));
    rows.skip(2);
    ItemsCsv.Row next = rows.next();
    assertThat(next.item().code()).isEqualTo("C");
    assertThat(next.line()).isEqualTo(4);
    assertThat(rows.hasNext()).isFalse();
  }
}
