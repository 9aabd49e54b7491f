package org.officina.planning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.officina.planning.model.PegEnd;

class PeggingTextTest {

  @Test
  void entries_are_written_with_their_kind_id_and_quantity_without_trailing_zeros() {
    StringBuilder text = new StringBuilder();
    PeggingText.append(text, PegEnd.DEMAND, 1042, 5_000_000);
    PeggingText.append(text, PegEnd.PLANNED_ORDER, 17, 2_500_000);
    PeggingText.append(text, PegEnd.SAFETY_STOCK, 3, 1);
    PeggingText.append(text, PegEnd.OPEN_ORDER, 8, 120_050_000);

    assertThat(text).hasToString("D1042:5;P17:2.5;Z3:0.000001;O8:120.05");
  }

  @Test
  void stored_text_reads_back_as_the_entries_in_their_order() {
    StringBuilder text = new StringBuilder();
    PeggingText.append(text, PegEnd.STOCK, 9, 750_000);
    PeggingText.append(text, PegEnd.FIRM_PLANNED_ORDER, 300, 12_000_000);

    assertThat(PeggingText.parse(text.toString()))
        .containsExactly(
            new PeggingText.Entry(PegEnd.STOCK, 9, new BigDecimal("0.75")),
            new PeggingText.Entry(PegEnd.FIRM_PLANNED_ORDER, 300, new BigDecimal("12")));
  }

  @Test
  void no_text_means_no_entries() {
    assertThat(PeggingText.parse(null)).isEmpty();
    assertThat(PeggingText.parse("")).isEmpty();
  }
}
