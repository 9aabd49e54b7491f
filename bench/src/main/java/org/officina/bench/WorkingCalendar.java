package org.officina.bench;

import static org.officina.bench.Plant.DEMAND_DAYS;

import java.time.LocalDate;

/** The plant's one calendar: two shifts Monday to Friday, its holidays and exceptions. */
record WorkingCalendar(Plant plant) {

  /** Italian public holidays on working days, and one extra Saturday shift. */
  void generate() {
    int last = DEMAND_DAYS + 35;
    LocalDate end = plant.start.plusDays(last);
    for (int year = plant.start.getYear(); year <= end.getYear(); year++) {
      LocalDate easter = easter(year);
      Object[][] days = {
        {LocalDate.of(year, 1, 1), "Capodanno"},
        {LocalDate.of(year, 1, 6), "Epifania"},
        {easter.plusDays(1), "Lunedì dell'Angelo"},
        {LocalDate.of(year, 4, 25), "Festa della Liberazione"},
        {LocalDate.of(year, 5, 1), "Festa dei lavoratori"},
        {LocalDate.of(year, 6, 2), "Festa della Repubblica"},
        {LocalDate.of(year, 8, 15), "Ferragosto"},
        {LocalDate.of(year, 11, 1), "Ognissanti"},
        {LocalDate.of(year, 12, 8), "Immacolata Concezione"},
        {LocalDate.of(year, 12, 25), "Natale"},
        {LocalDate.of(year, 12, 26), "Santo Stefano"},
      };
      for (Object[] h : days) {
        LocalDate date = (LocalDate) h[0];
        long off = date.toEpochDay() - plant.start.toEpochDay();
        if (off >= 0 && off <= last && date.getDayOfWeek().getValue() <= 5) {
          plant.holiday[(int) off] = true;
        }
      }
    }
    int saturday = 56;
    while (plant.dow(saturday) != 5 || plant.holiday[saturday]) {
      saturday++;
    }
    for (int d = 0; d <= last; d++) {
      if (plant.holiday[d]) {
        plant.exceptions.add(new String[] {plant.dayText[d], ""});
      } else if (d == saturday) {
        plant.exceptions.add(
            new String[] {plant.dayText[d], "06:00-14:00"}); // an extra Saturday shift
      }
    }
  }

  private static LocalDate easter(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }
}
