package org.officina.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlantArgumentsTest {

  @Test
  void takes_each_option_as_a_name_then_its_value_or_as_name_equals_value() {
    assertThat(
            PlantArguments.parse(
                "--items", "1000", "--seed=7", "--out", "/tmp/plant", "--start=2026-03-02"))
        .contains(
            new PlantArguments(1000, 7, Path.of("/tmp/plant"), LocalDate.parse("2026-03-02")));
  }

  @Test
  void starts_on_monday_4_january_2027_unless_told() {
    assertThat(PlantArguments.parse("--items", "50", "--seed", "1", "--out", "x"))
        .hasValueSatisfying(
            arguments -> assertThat(arguments.start()).isEqualTo(LocalDate.of(2027, 1, 4)));
  }

  @Test
  void asking_for_help_gives_no_arguments_whatever_follows() {
    assertThat(PlantArguments.parse("--help", "--bogus")).isEmpty();
    assertThat(PlantArguments.parse("--items", "1000", "-h")).isEmpty();
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--seed 7 --out x | --items, --seed and --out are required",
        "--items 1000 --out x | --items, --seed and --out are required",
        "--items 1000 --seed 7 | --items, --seed and --out are required",
        "--items 49 --seed 7 --out x"
            + " | --items must be at least 50 (the smallest plant with BOMs 3 to 7 levels deep)",
        "--items 10000000 --seed 7 --out x | --items must be at most 9999999",
        "--items 1000 --seed 7 --out x --bogus 1 | unknown option --bogus",
        "--items 1000 --seed | missing value for --seed",
        "--items many --seed 7 --out x | bad value: For input string: \"many\"",
        "--items 1000 --seed 7 --out x --start 2027-02-30"
            + " | bad value: Text '2027-02-30' could not be parsed: Invalid date 'FEBRUARY 30'",
      })
  void refuses_arguments_that_make_no_plant(String args, String error) {
    assertThatThrownBy(() -> PlantArguments.parse(args.split(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(error);
  }
}
