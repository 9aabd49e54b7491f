package org.officina.execution.web;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import org.officina.execution.model.DispatchLine;
import org.officina.execution.model.OrderOperation;
import org.officina.shared.web.Paper;

/**
 * A dispatch list (lista di lavoro) on paper: the operations waiting or under way at a work center
 * or in a department, in the sequence the floor takes them, each with its order, item, what is left
 * to make, the planned times, tooling, due date and the barcode the terminal scans.
 */
final class DispatchPaper {

  private DispatchPaper() {}

  static byte[] of(String where, List<DispatchLine> lines, Locale locale) {
    Paper paper = new Paper(locale, where);
    paper.title(paper.text("paper.dispatchList", where), where);
    if (lines.isEmpty()) {
      paper.add(new Paragraph(paper.text("terminal.empty")));
      return paper.close();
    }
    PdfPTable table =
        paper.table(
            new float[] {0.7f, 2.6f, 3.2f, 1.5f, 1.6f, 1.6f, 1.8f, 1.2f, 3.6f},
            "#",
            paper.text("order.number") + " / " + paper.text("order.workCenter"),
            paper.text("lines.item"),
            paper.text("paper.toMake"),
            paper.text("paper.setupMinutes"),
            paper.text("paper.runMinutes"),
            paper.text("lines.dueDate"),
            paper.text("order.priority"),
            paper.text("paper.scan"));
    int position = 1;
    for (DispatchLine line : lines) {
      OrderOperation op = line.operation();
      Paper.number(table, String.valueOf(position++));
      Paper.cell(table, line.order() + "/" + op.seq() + "\n" + op.workCenter());
      Paper.cell(
          table, line.item() + "\n" + nonNull(line.itemDescription()) + "\n" + op.description());
      Paper.number(table, paper.qty(line.remainingQty()));
      Paper.number(table, paper.qty(op.setupMinutes()));
      Paper.number(table, paper.qty(op.runMinutes()));
      Paper.cell(table, paper.date(line.dueDate()));
      Paper.number(table, String.valueOf(line.priority()));
      paper.barcodeCell(table, line.order() + "/" + op.seq());
    }
    paper.add(table);
    return paper.close();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
