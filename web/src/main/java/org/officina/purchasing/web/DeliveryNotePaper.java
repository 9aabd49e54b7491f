package org.officina.purchasing.web;

import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.shared.web.Paper;

/**
 * A delivery note of conto lavoro as the A4 document that travels with the goods: its number and
 * date, sender and recipient, the reason (goods sent to be worked on, not sold), the carrier, and a
 * line per lot with item and quantity.
 */
final class DeliveryNotePaper {

  private DeliveryNotePaper() {}

  /**
   * @param sender our company, as the note names it
   * @param recipient the subcontractor's name
   */
  static byte[] of(DeliveryNote note, String sender, String recipient, Locale locale) {
    Paper paper = new Paper(locale, note.number());
    paper.title(paper.text("deliveryNote.paperTitle"), note.number());
    paper.facts(
        paper.text("deliveryNote.number"),
        note.number(),
        paper.text("deliveryNote.date"),
        paper.date(note.date()),
        paper.text("deliveryNote.reason"),
        paper.text("deliveryNote.reasonText"),
        paper.text("deliveryNote.carrier"),
        note.carrier() == null ? paper.text("deliveryNote.sender") : note.carrier());
    paper.facts(
        paper.text("deliveryNote.sender"),
        sender,
        paper.text("deliveryNote.recipient"),
        note.supplier() + " · " + recipient,
        paper.text("deliveryNote.destination"),
        note.toWarehouse(),
        paper.text("deliveryNote.status"),
        note.reversed() ? paper.text("deliveryNote.reversed") : paper.text("deliveryNote.posted"));
    paper.heading(paper.text("deliveryNote.goods"));
    PdfPTable lines =
        paper.table(
            new float[] {1, 4, 3, 2, 3},
            "#",
            paper.text("lines.item"),
            paper.text("purchaseOrders.lot"),
            paper.text("lines.qty"),
            paper.text("deliveryNote.order"));
    for (DeliveryNote.Line l : note.lines()) {
      Paper.number(lines, String.valueOf(l.line()));
      Paper.cell(lines, l.item());
      Paper.cell(lines, l.lot());
      Paper.number(lines, paper.qty(l.qty()));
      Paper.cell(lines, l.order());
    }
    paper.add(lines);
    return paper.close();
  }
}
