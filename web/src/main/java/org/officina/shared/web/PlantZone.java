package org.officina.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.CalendarDefinition;

/**
 * The plant's time zone, in which the portal shows times: the zone most of the plant's calendars
 * are kept in (a plant in Italy sees Europe/Rome whatever the server's zone), or the server's when
 * there are no calendars. Read again at most once a minute, since calendars are rarely changed.
 */
@ApplicationScoped
public class PlantZone {

  private static final Duration FRESH = Duration.ofMinutes(1);

  @Inject PlantResourceService plant;
  Clock clock = Clock.systemUTC();
  private volatile ZoneId zone;
  private volatile Instant readAt = Instant.MIN;

  public ZoneId zone() {
    Instant now = clock.instant();
    if (zone == null || readAt.plus(FRESH).isBefore(now)) {
      zone = mostUsed(plant.calendars().stream().map(CalendarDefinition::zone).toList());
      readAt = now;
    }
    return zone;
  }

  static ZoneId mostUsed(List<ZoneId> zones) {
    Map<ZoneId, Long> counts =
        zones.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<ZoneId, Long>comparingByValue()
                .reversed()
                .thenComparing(e -> e.getKey().getId()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(ZoneId.systemDefault());
  }
}
