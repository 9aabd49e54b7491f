package org.officina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final LocalDate MONDAY_4_JANUARY_2027 = LocalDate.of(2027, 1, 4);

  private final Plant plant = new Plant(50, MONDAY_4_JANUARY_2027);

  WorkingCalendarTest() {
    new WorkingCalendar(plant).generate();
  }

  @Test
  void a_working_day_is_its_own_first_working_day() {
    assertThat(day(plant.workday(offset(LocalDate.of(2027, 1, 5))))).isEqualTo("2027-01-05");
  }

  @Test
  void a_weekend_moves_to_the_monday() {
    assertThat(day(plant.workday(offset(LocalDate.of(2027, 1, 9))))).isEqualTo("2027-01-11");
  }

  @Test
  void italian_holidays_are_not_working_days_easter_monday_included() {
    assertThat(day(plant.workday(offset(LocalDate.of(2027, 1, 6))))).isEqualTo("2027-01-07");
    assertThat(day(plant.workday(offset(LocalDate.of(2027, 3, 29))))).isEqualTo("2027-03-30");
    assertThat(day(plant.workday(offset(LocalDate.of(2027, 12, 8))))).isEqualTo("2027-12-09");
  }

  @Test
  void lists_the_holidays_closed_and_one_extra_saturday_shift_as_exceptions() {
    assertThat(plant.exceptions)
        .filteredOn(exception -> exception[1].isEmpty())
        .extracting(exception -> exception[0])
        .contains("2027-01-06", "2027-03-29", "2027-06-02", "2027-11-01", "2027-12-08")
        .doesNotContain("2027-04-25", "2027-05-01"); // Sunday and Saturday in 2027
    assertThat(plant.exceptions)
        .filteredOn(exception -> !exception[1].isEmpty())
        .singleElement()
        .satisfies(
            saturday -> {
              assertThat(LocalDate.parse(saturday[0]).getDayOfWeek().getValue()).isEqualTo(6);
              assertThat(saturday[1]).isEqualTo("06:00-14:00");
            });
  }

  private static int offset(LocalDate date) {
    return (int) (date.toEpochDay() - MONDAY_4_JANUARY_2027.toEpochDay());
  }

  private String day(int offset) {
    return plant.dayText[offset];
  }
}
