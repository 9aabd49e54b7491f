package org.officina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFileTest {

  @ParameterizedTest(name = "{0} with at most {1} decimals is {2}")
  @CsvSource({
    "12.5, 3, 12.5",
    "12.0, 3, 12",
    "0.05, 2, 0.05",
    "0.0004, 3, 0",
    "0.0005, 3, 0.001",
    "1.999, 2, 2",
    "-2.25, 2, -2.25",
    "12345678.9, 1, 12345678.9",
    "1e-3, 3, 0.001",
  })
  void writes_decimals_without_trailing_zeros_or_exponent(double value, int decimals, String cell) {
    StringBuilder sb = new StringBuilder();
    CsvFile.dec(sb, value, decimals);
    assertThat(sb).hasToString(cell);
  }

  @ParameterizedTest(name = "[{0}] is written [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Bearing 6204-2RS | Bearing 6204-2RS",
        "Rossi Acciai, S.a.s. | \"Rossi Acciai, S.a.s.\"",
        "Hose 1/2\" 1 m | \"Hose 1/2\"\" 1 m\"",
      })
  void quotes_a_text_only_when_it_holds_a_comma_or_a_quote(String text, String cell) {
    StringBuilder sb = new StringBuilder();
    CsvFile.text(sb, text);
    assertThat(sb).hasToString(cell);
  }

  @ParameterizedTest(name = "{0} in {1} digits is {2}")
  @CsvSource({"7, 4, 0007", "1000, 4, 1000", "12345, 4, 12345"})
  void pads_numbers_with_zeros_to_a_width_but_never_cuts_them(long value, int width, String code) {
    assertThat(CsvFile.pad(value, width)).isEqualTo(code);
  }
}
