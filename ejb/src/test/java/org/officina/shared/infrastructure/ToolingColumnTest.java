package org.officina.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolingColumnTest {

  @Test
  void tools_are_stored_joined_by_semicolons_and_read_back_in_order() {
    String column = ToolingColumn.write(List.of("T-12", "FIX.3", "GAUGE_7"));

    assertThat(column).isEqualTo("T-12;FIX.3;GAUGE_7");
    assertThat(ToolingColumn.read(column)).containsExactly("T-12", "FIX.3", "GAUGE_7");
  }

  @Test
  void no_tools_is_an_empty_or_missing_column() {
    assertThat(ToolingColumn.write(List.of())).isEmpty();
    assertThat(ToolingColumn.read("")).isEmpty();
    assertThat(ToolingColumn.read(null)).isEmpty();
    assertThat(ToolingColumn.read("  ")).isEmpty();
  }
}
