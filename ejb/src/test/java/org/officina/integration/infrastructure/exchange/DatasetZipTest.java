package org.officina.integration.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DatasetZipTest {

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String text(Reader in) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[256];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void each_file_is_read_as_it_is_unpacked_by_its_name_without_folders() throws IOException {
    Map<String, String> read = new LinkedHashMap<>();

    DatasetZip.read(
        new ByteArrayInputStream(
            zip("plant/items.csv", "code\nA\n", "plant/.hidden", "x", "plant/bom.csv", "parent\n")),
        (name, in) -> read.put(name, text(in)));

    assertThat(read)
        .containsExactly(Map.entry("items.csv", "code\nA\n"), Map.entry("bom.csv", "parent\n"));
  }

  @Test
  void a_zip_that_unpacks_beyond_the_limit_stops_where_it_crosses_it() throws IOException {
    byte[] bomb = zip("items.csv", "code\n" + "A\n".repeat(5_000), "bom.csv", "parent\n");
    Map<String, Integer> read = new LinkedHashMap<>();

    assertThatThrownBy(
            () ->
                DatasetZip.read(
                    new ByteArrayInputStream(bomb),
                    1_000,
                    (name, in) -> {
                      try {
                        read.put(name, text(in).length());
                      } catch (UncheckedIOException e) {
                        read.put(name, -1);
                      }
                    }))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than 1000 bytes");
    assertThat(read).containsExactly(Map.entry("items.csv", -1));
  }

  @Test
  void a_file_held_twice_is_refused() throws IOException {
    byte[] twice = zip("items.csv", "code\n", "copy/items.csv", "code\n");

    assertThatThrownBy(() -> DatasetZip.read(new ByteArrayInputStream(twice), (name, in) -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("items.csv twice");
  }

  @Test
  void a_body_that_is_no_zip_is_refused() {
    assertThatThrownBy(
            () -> DatasetZip.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), (n, in) -> {}))
        .isInstanceOf(IOException.class);
  }
}
