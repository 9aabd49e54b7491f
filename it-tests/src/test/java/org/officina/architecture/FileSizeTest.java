package org.officina.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A source file is read at once: past {@value #MOST_LINES} lines it has mixed several jobs, unless
 * its header comment gives the one-line reason it should not be split (a line that starts with
 * "Long because").
 */
class FileSizeTest {

  private static final int MOST_LINES = 400;
  private static final List<String> MODULES =
      List.of("ejb", "web", "batch-jobs", "connector-rar", "bench");

  @Test
  void no_main_source_file_is_longer_than_400_lines_without_saying_why() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (String module : MODULES) {
      Path sources = Path.of("..", module, "src", "main", "java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file);
          if (lines.size() > MOST_LINES && !saysWhy(lines)) {
            tooLong.add(module + ": " + sources.relativize(file) + " (" + lines.size() + " lines)");
          }
        }
      }
    }
    assertThat(tooLong).isEmpty();
  }

  @Test
  void the_reason_is_looked_for_in_the_header_comment_only() {
    assertThat(
            saysWhy(List.of("package x;", "/**", " * Long because one table.", " */", "class A {")))
        .isTrue();
    assertThat(saysWhy(List.of("package x;", "class A {", "  // Long because", "}"))).isFalse();
  }

  private static boolean saysWhy(List<String> lines) {
    for (String line : lines) {
      String text = line.strip();
      if (text.startsWith("public ") || text.startsWith("class ") || text.startsWith("final ")) {
        return false;
      }
      if (text.startsWith("*") && text.substring(1).strip().startsWith("Long because")) {
        return true;
      }
    }
    return false;
  }
}
