package org.officina.scheduling.model;

import java.util.Map;

/**
 * A work center as the scheduler sees it: how many units work in parallel (none counted for an
 * external resource, which takes any number of operations at once), the share of standard time its
 * units achieve (efficiency × utilisation, in percent), when it works, and the changeover minutes
 * between setup families (from family to family; a pair not listed costs the operation's own setup,
 * while an operation that follows one of its own family needs none).
 */
public record Resource(
    String code,
    int units,
    int ratePct,
    boolean external,
    Availability availability,
    String calendar,
    Map<String, Map<String, Long>> changeovers) {

  public Resource {
    if (!external && units < 1) {
      throw new IllegalArgumentException("work center " + code + " needs at least one unit");
    }
    if (ratePct < 1) {
      throw new IllegalArgumentException("work center " + code + " needs a positive rate");
    }
    changeovers = changeovers == null ? Map.of() : Map.copyOf(changeovers);
  }

  /** One unit, always open, at standard rate: a machine of the classic job shop. */
  public static Resource machine(String code) {
    return new Resource(code, 1, 100, false, Availability.always(), null, Map.of());
  }

  /** How many units an operation may be placed on: one line for an external resource. */
  public int rows() {
    return external ? 1 : units;
  }

  /** Working minutes on this resource for this many standard minutes. */
  public long work(long standardMinutes) {
    return standardMinutes <= 0 ? 0 : -Math.floorDiv(-standardMinutes * 100, ratePct);
  }

  /** The setup an operation of this family needs after one of the previous family (or none). */
  public long setup(String previousFamily, String family, long ownSetup) {
    if (family != null && previousFamily != null) {
      Long listed = changeovers.getOrDefault(previousFamily, Map.of()).get(family);
      if (listed != null) {
        return listed;
      }
      if (previousFamily.equals(family)) {
        return 0;
      }
    }
    return ownSetup;
  }
}
