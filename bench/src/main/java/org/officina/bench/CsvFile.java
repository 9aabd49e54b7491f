package org.officina.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One output file: a header, then rows built in sb and ended with end(). Its cells are written by
 * hand rather than by a CSV library, for speed at millions of rows and for the exact bytes the same
 * seed must give again.
 */
final class CsvFile implements Closeable {

  private static final long[] POW10 = {1, 10, 100, 1000, 10000, 100000, 1000000};

  /** The folder the files go to; each file closed adds its name and row count to the summary. */
  static final class Folder {
    private final Path dir;
    final List<String> summary = new ArrayList<>();

    Folder(Path dir) {
      this.dir = dir;
    }

    CsvFile open(String name, String header) throws IOException {
      return new CsvFile(this, name, header);
    }
  }

  private final Folder folder;
  private final String name;
  private final Writer w;
  final StringBuilder sb = new StringBuilder(1 << 17);
  private int rows;

  private CsvFile(Folder folder, String name, String header) throws IOException {
    this.folder = folder;
    this.name = name;
    w =
        new BufferedWriter(
            new OutputStreamWriter(
                new FileOutputStream(folder.dir.resolve(name).toFile()), StandardCharsets.UTF_8),
            1 << 16);
    sb.append(header).append('\n');
  }

  void end() {
    sb.append('\n');
    rows++;
    if (sb.length() >= 1 << 16) {
      try {
        w.append(sb);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sb.setLength(0);
    }
  }

  @Override
  public void close() throws IOException {
    w.append(sb);
    w.close();
    folder.summary.add(name + " " + rows);
  }

  /**
   * A row of supply.csv or demand.csv, which share their columns: type, number, line, the plant's
   * item, qty, due_date (a day from the start), then the supplier or customer, empty when null.
   */
  void orderLine(
      Plant plant,
      String type,
      String number,
      int line,
      int item,
      double qty,
      int due,
      String partner) {
    sb.append(type)
        .append(',')
        .append(number)
        .append(',')
        .append(line)
        .append(',')
        .append(plant.code[item])
        .append(',');
    dec(sb, qty, Plant.UOM_DECIMALS[plant.uom[item]]);
    sb.append(',').append(plant.dayText[due]).append(',');
    if (partner != null) {
      sb.append(partner);
    }
    end();
  }

  /** A number left-padded with zeros to the width, as codes are. */
  static String pad(long v, int width) {
    String s = Long.toString(v);
    if (s.length() >= width) {
      return s;
    }
    return "0".repeat(width - s.length()) + s;
  }

  /** A decimal with at most the given decimals, no trailing zeros, no exponent. */
  static void dec(StringBuilder sb, double v, int decimals) {
    long scale = POW10[decimals];
    long s = Math.round(v * scale);
    if (s < 0) {
      sb.append('-');
      s = -s;
    }
    sb.append(s / scale);
    long frac = s % scale;
    if (frac != 0) {
      int digits = decimals;
      while (frac % 10 == 0) {
        frac /= 10;
        digits--;
      }
      sb.append('.');
      String fs = Long.toString(frac);
      for (int i = fs.length(); i < digits; i++) {
        sb.append('0');
      }
      sb.append(fs);
    }
  }

  /** A text cell, quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
  static void text(StringBuilder sb, CharSequence s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      sb.append(s);
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }
}
