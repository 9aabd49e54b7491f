package org.officina.execution.web;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.officina.execution.model.PickingLine;
import org.officina.shared.web.Paper;

/**
 * A department's picking list (lista di prelievo) on paper: for each released order's material
 * still to issue by list, how much, for which operation, and which lots to take from which
 * locations, first in first out; what stock does not cover is printed as short.
 */
final class PickingPaper {

  private PickingPaper() {}

  static byte[] of(String department, List<PickingLine> lines, Locale locale) {
    Paper paper = new Paper(locale, department);
    paper.title(paper.text("paper.pickingListOf", department), department);
    if (lines.isEmpty()) {
      paper.add(new Paragraph(paper.text("paper.nothingToPick")));
      return paper.close();
    }
    table(paper, lines, true);
    return paper.close();
  }

  /** The picking lines as a table, with the order of each when they are of many orders. */
  static void table(Paper paper, List<PickingLine> lines, boolean withOrder) {
    List<String> headers = new java.util.ArrayList<>();
    if (withOrder) {
      headers.add(paper.text("order.number"));
    }
    headers.addAll(
        List.of(
            "#",
            paper.text("lines.item"),
            paper.text("paper.toIssue"),
            paper.text("order.operation"),
            paper.text("paper.takeFrom"),
            paper.text("order.shortage")));
    float[] widths =
        withOrder
            ? new float[] {2.2f, 0.7f, 3.2f, 1.6f, 1.8f, 5, 1.5f}
            : new float[] {0.7f, 3.5f, 1.6f, 1.8f, 5, 1.6f};
    PdfPTable table = paper.table(widths, headers.toArray(String[]::new));
    for (PickingLine line : lines) {
      if (withOrder) {
        Paper.cell(table, line.order());
      }
      Paper.number(table, String.valueOf(line.line()));
      Paper.cell(table, line.item());
      Paper.number(table, paper.qty(line.qty()));
      Paper.cell(table, line.operationSeq() + " " + line.workCenter());
      Paper.cell(table, takeFrom(paper, line));
      Paper.number(table, line.shortfall().signum() > 0 ? paper.qty(line.shortfall()) : "");
    }
    paper.add(table);
  }

  private static String takeFrom(Paper paper, PickingLine line) {
    return line.takeFrom().stream()
        .map(
            t ->
                paper.qty(t.qty())
                    + " "
                    + t.stock().warehouse()
                    + "/"
                    + (t.stock().location() == null ? "-" : t.stock().location())
                    + " "
                    + paper.text("order.lot")
                    + " "
                    + t.stock().lot())
        .collect(Collectors.joining("\n"));
  }
}
