package org.officina.execution.web;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import org.officina.execution.application.OrderDetail;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.PickingLine;
import org.officina.execution.model.ProductionOrder;
import org.officina.shared.web.Paper;

/**
 * A production order's traveller (ordine di lavoro), the paper that goes with the parts: the
 * order's terms and barcode; each operation with its work center, planned times, tooling and the
 * barcode ORDER/OPERATION that the terminal scans to pick it; the materials with what is still to
 * issue; and the picking list: which lots to take from which locations.
 */
final class Traveller {

  private Traveller() {}

  static byte[] of(
      OrderDetail detail, String itemDescription, List<PickingLine> picking, Locale locale) {
    ProductionOrder order = detail.order();
    Paper paper = new Paper(locale, order.number());
    paper.title(paper.text("paper.traveller", order.number()), order.number());
    paper.facts(
        paper.text("lines.item"),
        order.item(),
        paper.text("order.description"),
        itemDescription == null ? "" : itemDescription,
        paper.text("lines.qty"),
        paper.qty(order.qty()),
        paper.text("order.status"),
        paper.label("orderStatus", order.status()),
        paper.text("order.start"),
        paper.date(order.startDate()),
        paper.text("lines.dueDate"),
        paper.date(order.dueDate()),
        paper.text("order.warehouse"),
        order.warehouse(),
        paper.text("order.lot"),
        order.lot(),
        paper.text("order.priority"),
        String.valueOf(order.priority()),
        paper.text("supply.firm"),
        order.firm() ? paper.text("supply.firmYes") : paper.text("supply.firmNo"));
    operations(paper, order, detail.operations());
    materials(paper, detail.materials());
    picking(paper, picking);
    return paper.close();
  }

  private static void operations(Paper paper, ProductionOrder order, List<OrderOperation> ops) {
    paper.heading(paper.text("order.operations"));
    PdfPTable table =
        paper.table(
            new float[] {1, 4, 2, 1.3f, 1.3f, 2.5f, 3.6f},
            paper.text("order.operation"),
            paper.text("order.description"),
            paper.text("order.workCenter"),
            paper.text("paper.setupMinutes"),
            paper.text("paper.runMinutes"),
            paper.text("paper.tooling"),
            paper.text("paper.scan"));
    for (OrderOperation op : ops) {
      Paper.cell(table, (op.subOperation() ? "  " : "") + op.seq());
      Paper.cell(
          table,
          op.description()
              + (op.subcontractor() == null
                  ? ""
                  : " (" + paper.text("paper.external", op.subcontractor()) + ")"));
      Paper.cell(table, op.workCenter());
      Paper.number(table, paper.qty(op.setupMinutes()));
      Paper.number(table, paper.qty(op.runMinutes()));
      Paper.cell(table, String.join(", ", op.tooling()));
      paper.barcodeCell(table, order.number() + "/" + op.seq());
    }
    paper.add(table);
  }

  private static void materials(Paper paper, List<OrderMaterial> materials) {
    paper.heading(paper.text("order.materials"));
    PdfPTable table =
        paper.table(
            new float[] {0.7f, 3.5f, 1.4f, 1.6f, 1.6f, 1.6f, 1, 2.4f, 1.6f},
            "#",
            paper.text("lines.item"),
            paper.text("order.qtyPer"),
            paper.text("order.required"),
            paper.text("order.issued"),
            paper.text("paper.toIssue"),
            paper.text("order.operation"),
            paper.text("order.issueMethod"),
            paper.text("order.warehouse"));
    for (OrderMaterial m : materials) {
      Paper.cell(table, String.valueOf(m.line()));
      Paper.cell(table, m.item());
      Paper.number(
          table, paper.qty(m.qtyPer()) + (m.perOrder() ? " " + paper.text("order.perOrder") : ""));
      Paper.number(table, paper.qty(m.requiredQty()));
      Paper.number(table, paper.qty(m.issuedQty()));
      Paper.number(table, paper.qty(m.openQty()));
      Paper.number(table, String.valueOf(m.operationSeq()));
      Paper.cell(table, paper.label("issueMethod", m.issueMethod()));
      Paper.cell(table, m.warehouse());
    }
    paper.add(table);
  }

  private static void picking(Paper paper, List<PickingLine> picking) {
    paper.heading(paper.text("paper.pickingList"));
    if (picking.isEmpty()) {
      paper.add(new com.lowagie.text.Paragraph(paper.text("paper.nothingToPick")));
      return;
    }
    PickingPaper.table(paper, picking, false);
  }
}
