package org.officina.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeListColumnTest {

  @Test
  void codes_are_stored_joined_by_semicolons_and_read_back_in_order() {
    String column = CodeListColumn.write(List.of("T-12", "FIX.3", "GAUGE_7"));

    assertThat(column).isEqualTo("T-12;FIX.3;GAUGE_7");
    assertThat(CodeListColumn.read(column)).containsExactly("T-12", "FIX.3", "GAUGE_7");
  }

  @Test
  void no_codes_is_a_missing_column_and_an_empty_one_reads_as_none() {
    assertThat(CodeListColumn.write(List.of())).isNull();
    assertThat(CodeListColumn.read("")).isEmpty();
    assertThat(CodeListColumn.read(null)).isEmpty();
    assertThat(CodeListColumn.read("  ")).isEmpty();
  }
}
