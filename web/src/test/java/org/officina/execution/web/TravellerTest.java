package org.officina.execution.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.application.OrderDetail;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.PickingLine;
import org.officina.execution.model.ProductionOrder;
import org.officina.inventory.model.LotPick;
import org.officina.inventory.model.StockLevel;

class TravellerTest {

  private static final OrderDetail ORDER =
      new OrderDetail(
          new ProductionOrder(
              12,
              "PRD-12",
              "MAIN",
              "SA-GP1-BODY",
              new BigDecimal("1250.5"),
              "MAIN",
              "PRD-12",
              LocalDate.of(2027, 1, 11),
              LocalDate.of(2027, 1, 15),
              5,
              true,
              OrderStatus.RELEASED,
              BigDecimal.TEN,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              null,
              3,
              "planner",
              Instant.EPOCH,
              "planner",
              Instant.EPOCH),
          List.of(
              new OrderMaterial(
                  1,
                  "RM-AL-PROF-GP1",
                  new BigDecimal("0.065"),
                  false,
                  BigDecimal.ZERO,
                  new BigDecimal("81.2825"),
                  BigDecimal.ZERO,
                  10,
                  IssueMethod.PICKING_LIST,
                  "MAIN")),
          List.of(operation(10, "SAW-BAND"), operation(20, "CNC-LATHE-2")),
          List.of(),
          List.of(),
          List.of());

  private static OrderOperation operation(int seq, String workCenter) {
    return new OrderOperation(
        seq,
        null,
        "Operation " + seq,
        workCenter,
        new BigDecimal("30"),
        new BigDecimal("1.5"),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        null,
        List.of("FIX-7"),
        null,
        List.of(),
        OrderOperation.Progress.none());
  }

  private static final List<PickingLine> PICKING =
      List.of(
          new PickingLine(
              "PRD-12",
              1,
              "RM-AL-PROF-GP1",
              "MAIN",
              new BigDecimal("81.2825"),
              10,
              "SAW-BAND",
              List.of(
                  new LotPick.Take(
                      new StockLevel.Key("RM-AL-PROF-GP1", "MAIN", "A-01", "L-0714"),
                      new BigDecimal("60"))),
              new BigDecimal("21.2825")));

  @Test
  void a_traveller_prints_each_operation_as_the_code_the_terminal_scans() throws IOException {
    String text = text(Traveller.of(ORDER, "Gear pump body", PICKING, Locale.ENGLISH));

    assertThat(text)
        .contains("Traveller PRD-12", "PRD-12/10", "PRD-12/20", "SAW-BAND", "FIX-7")
        .contains("Gear pump body", "1,250.5", "Jan 11, 2027", "Released")
        .contains("Picking list", "A-01", "L-0714", "21.2825");
  }

  @Test
  void an_italian_traveller_writes_italian_labels_numbers_and_dates() throws IOException {
    String text = text(Traveller.of(ORDER, null, PICKING, Locale.ITALIAN));

    assertThat(text)
        .contains("Ordine di lavoro PRD-12", "Lanciato", "1.250,5", "0,065", "11 gen 2027")
        .contains("Con lista di prelievo", "Lista di prelievo")
        .doesNotContain("RELEASED", "PICKING_LIST", "0.065");
  }

  @Test
  void a_department_without_anything_to_pick_gets_a_paper_that_says_so() throws IOException {
    assertThat(text(PickingPaper.of("MACH", List.of(), Locale.ENGLISH)))
        .contains("Picking list MACH", "Nothing to pick");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    }
  }
}
