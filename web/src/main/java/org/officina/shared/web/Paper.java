package org.officina.shared.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An A4 paper of the shop floor (traveller, dispatch list, picking list) being written: titles,
 * tables and Code 128 barcodes, labels in the reader's language and numbers and dates as they write
 * them. The same labels as the portal's.
 */
public final class Paper {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
  private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 8);
  private static final Color SHADE = new Color(0xe8, 0xec, 0xf1);

  private final Locale locale;
  private final ResourceBundle labels;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Document document = new Document(PageSize.A4, 32, 32, 32, 32);
  private final PdfWriter writer;

  public Paper(Locale locale, String title) {
    this.locale = locale;
    this.labels = ResourceBundle.getBundle("org.officina.web.messages", locale);
    writer = PdfWriter.getInstance(document, bytes);
    document.addTitle(title);
    document.addCreator("Officina");
    document.open();
  }

  public String text(String key, Object... args) {
    return new MessageFormat(labels.getString(key), locale).format(args);
  }

  /** A code's label (orderStatus.RELEASED), or the code itself when it has none. */
  public String label(String kind, Object code) {
    if (code == null) {
      return "";
    }
    try {
      return labels.getString(kind + "." + code);
    } catch (MissingResourceException e) {
      return code.toString();
    }
  }

  public String qty(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(6);
    return format.format(value);
  }

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  public void title(String title, String code) {
    PdfPTable head = new PdfPTable(new float[] {3, 2});
    head.setWidthPercentage(100);
    PdfPCell name = new PdfPCell(new Phrase(title, TITLE));
    name.setBorder(PdfPCell.NO_BORDER);
    name.setVerticalAlignment(Element.ALIGN_MIDDLE);
    head.addCell(name);
    PdfPCell barcode = new PdfPCell(barcode(code, 30), false);
    barcode.setBorder(PdfPCell.NO_BORDER);
    barcode.setHorizontalAlignment(Element.ALIGN_RIGHT);
    head.addCell(barcode);
    add(head);
  }

  public void heading(String text) {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(10);
    heading.setSpacingAfter(4);
    add(heading);
  }

  /** Pairs of label and value, in as many columns as pairs fit. */
  public void facts(String... labelsAndValues) {
    PdfPTable facts = new PdfPTable(8);
    facts.setWidthPercentage(100);
    for (int k = 0; k < labelsAndValues.length; k += 2) {
      PdfPCell label = new PdfPCell(new Phrase(labelsAndValues[k], HEAD));
      label.setBackgroundColor(SHADE);
      facts.addCell(label);
      facts.addCell(new PdfPCell(new Phrase(labelsAndValues[k + 1], CELL)));
    }
    facts.completeRow();
    add(facts);
  }

  public PdfPTable table(float[] widths, String... headers) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, HEAD));
      cell.setBackgroundColor(SHADE);
      table.addCell(cell);
    }
    return table;
  }

  public static void cell(PdfPTable table, String text) {
    table.addCell(new PdfPCell(new Phrase(text == null ? "" : text, CELL)));
  }

  public static void number(PdfPTable table, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(cell);
  }

  /** A cell with the code as a Code 128 barcode, its text printed beneath, as scanners read it. */
  public void barcodeCell(PdfPTable table, String code) {
    PdfPCell cell = new PdfPCell(barcode(code, 22), false);
    cell.setPadding(3);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    table.addCell(cell);
  }

  private Image barcode(String code, float height) {
    Barcode128 barcode = new Barcode128();
    barcode.setCode(code);
    barcode.setBarHeight(height);
    barcode.setX(0.9f);
    return barcode.createImageWithBarcode(writer.getDirectContent(), null, null);
  }

  public void add(Element element) {
    document.add(element);
  }

  /**
   * The language a paper is printed in: ?lang=en or it, else the request's; any other is a 400, as
   * the portal speaks only those.
   */
  public static Locale locale(String lang, HttpHeaders headers) {
    if (lang == null || lang.isBlank()) {
      return ApiErrors.locale(headers);
    }
    if (!lang.equals("en") && !lang.equals("it")) {
      throw new BadRequestException(
          ApiErrors.problem(Response.Status.BAD_REQUEST, "lang must be en or it"));
    }
    return Locale.forLanguageTag(lang);
  }

  /** A paper as the answer: a PDF shown in the browser, named after what it prints. */
  public static Response response(byte[] pdf, String name) {
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"")
        .build();
  }

  public byte[] close() {
    document.close();
    return bytes.toByteArray();
  }
}
