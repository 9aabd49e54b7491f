package org.officina.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  /**
   * Normalising 1E+200000 took 27 s; refusing it takes microseconds. The bound only catches a
   * return of the slow path, with room to spare on a loaded machine.
   */
  private static final Duration AT_ONCE = Duration.ofSeconds(2);

  @Test
  void a_number_with_a_huge_exponent_is_refused_at_once_and_shown_as_written() {
    for (String huge : new String[] {"1E+200000", "-7E+200000", "1E-200000"}) {
      Violation refused =
          assertTimeoutPreemptively(
              AT_ONCE, () -> Decimals.check("safety_stock", new BigDecimal(huge)).orElseThrow());

      assertThat(refused.field()).isEqualTo("safety_stock");
      assertThat(refused.key()).isEqualTo("quantity.digits");
      assertThat(refused.args()).containsExactly(new BigDecimal(huge).toString(), 12, 6);
    }
  }

  @Test
  void a_long_number_is_shown_shortened_in_its_refusal() {
    String text = "1" + "0".repeat(60);

    Violation refused = Decimals.tooManyDigits("qty", text);

    assertThat((String) refused.args().get(0)).hasSize(Decimals.MOST_CHARACTERS + 1).endsWith("…");
  }

  @Test
  void values_that_fit_a_column_pass_however_they_are_written() {
    for (String fits :
        new String[] {"999999999999.999999", "30.000000", "3E+2", "0.000001", "-12.5", "0"}) {
      assertThat(Decimals.check("qty", new BigDecimal(fits))).as(fits).isEmpty();
    }
  }

  @Test
  void values_past_the_columns_digits_are_refused_with_their_plain_text() {
    assertThat(Decimals.check("qty", new BigDecimal("1000000000000")))
        .hasValueSatisfying(v -> assertThat(v.args().get(0)).isEqualTo("1000000000000"));
    assertThat(Decimals.check("qty", new BigDecimal("0.0000001")))
        .hasValueSatisfying(v -> assertThat(v.args().get(0)).isEqualTo("0.0000001"));
  }
}
