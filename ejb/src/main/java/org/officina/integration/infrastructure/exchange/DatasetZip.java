package org.officina.integration.infrastructure.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.DatasetFormat;

/**
 * A dataset folder as a zip: its files at the top level or inside one folder, names as in the
 * exchange format. Reading refuses archives that unpack beyond a limit, so a hostile zip cannot
 * exhaust the server.
 */
public final class DatasetZip {

  /**
   * Four times the 200,000-item benchmark plant (about 70 MB unpacked), and small enough that a
   * hostile zip cannot take the server's memory.
   */
  public static final long MAX_UNPACKED_BYTES = 256L << 20;

  private DatasetZip() {}

  /**
   * The files of a zipped dataset, by name (without folders), in the order stored.
   *
   * @throws IOException if the zip cannot be read, is empty, or unpacks beyond the limit
   */
  public static Map<String, String> read(InputStream in) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory() || baseName(entry.getName()).startsWith(".")) {
          continue;
        }
        byte[] content =
            zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED_BYTES - total + 1));
        total += content.length;
        if (total > MAX_UNPACKED_BYTES) {
          throw new IOException("the zip unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
        }
        String name = baseName(entry.getName());
        if (files.put(name, new String(content, StandardCharsets.UTF_8)) != null) {
          throw new IOException("the zip holds " + name + " twice");
        }
      }
    }
    if (files.isEmpty()) {
      throw new IOException("the body is not a zip of a dataset's files");
    }
    return files;
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Writes a dataset as a zip, one entry per file, through the writer of {@link DatasetFiles}. */
  public static void write(Dataset dataset, DatasetFormat.ItemsWriter items, OutputStream out)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      DatasetFiles.Opener opener =
          name -> {
            zip.putNextEntry(new ZipEntry(name));
            return new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
          };
      try (Writer writer = opener.open(ItemsCsv.FILE)) {
        items.write(writer);
      }
      DatasetFiles.write(dataset, opener);
    }
  }

  /** Lets a file's writer be closed without closing the zip it writes into. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
