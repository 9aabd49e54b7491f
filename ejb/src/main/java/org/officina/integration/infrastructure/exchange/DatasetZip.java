package org.officina.integration.infrastructure.exchange;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
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

  /** Reads one file of a zipped dataset from its own reader. */
  @FunctionalInterface
  public interface FileReader {
    void read(String name, Reader in);
  }

  /**
   * Reads each file of a zipped dataset as it is unpacked, never holding a whole file: the reader
   * given sees the file's name (without folders) and its text, in the order stored.
   *
   * @throws IOException if the zip cannot be read, is empty, holds a file twice, or unpacks beyond
   *     the limit (the file that crosses it ends there)
   */
  public static void read(InputStream in, FileReader reader) throws IOException {
    read(in, MAX_UNPACKED_BYTES, reader);
  }

  /** Reads a zipped dataset as {@link #read(InputStream, FileReader)} with a limit of its own. */
  static void read(InputStream in, long limit, FileReader reader) throws IOException {
    Set<String> names = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      Unpacked unpacked = new Unpacked(zip, limit);
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = baseName(entry.getName());
        if (entry.isDirectory() || name.startsWith(".")) {
          continue;
        }
        if (!names.add(name)) {
          throw new IOException("the zip holds " + name + " twice");
        }
        reader.read(name, new InputStreamReader(unpacked, StandardCharsets.UTF_8));
        if (unpacked.beyond()) {
          throw tooLarge(limit);
        }
      }
    }
    if (names.isEmpty()) {
      throw new IOException("the body is not a zip of a dataset's files");
    }
  }

  private static IOException tooLarge(long limit) {
    return new IOException("the zip unpacks to more than " + limit + " bytes");
  }

  /**
   * The current entry of a zip, counted across entries: past the limit it reads as failing, and
   * closing it leaves the zip open for the next entry.
   */
  private static final class Unpacked extends FilterInputStream {
    private final long limit;
    private long total;

    Unpacked(InputStream zip, long limit) {
      super(zip);
      this.limit = limit;
    }

    boolean beyond() {
      return total > limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (beyond()) {
        throw tooLarge(limit);
      }
      int n = super.read(b, off, len);
      if (n > 0) {
        total += n;
      }
      if (beyond()) {
        throw tooLarge(limit);
      }
      return n;
    }

    @Override
    public void close() {
      // the zip's next entry is read from the same stream
    }
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
