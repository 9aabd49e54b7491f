package org.officina.planning.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a run plans beyond its dates and messages (Fluentis's run parameters), each documented in the
 * README with its effect:
 *
 * <ul>
 *   <li>the forecast consumption windows for items that do not give their own (none: forecasts are
 *       not consumed);
 *   <li>which kinds of planned order it proposes: for an item of another kind it proposes nothing
 *       and reports the shortage (none at all: messages only, senza suggerimenti);
 *   <li>whether items with a reorder point are replenished as soon as their projected stock falls
 *       below it (scorta minima);
 *   <li>whether demand and open orders dated before the start are ignored instead of counted on the
 *       start;
 *   <li>which sources count (all by default).
 * </ul>
 */
public record MrpOptions(
    Integer consumptionBackwardDays,
    Integer consumptionForwardDays,
    Set<PlannedOrderType> proposals,
    boolean reorderPoint,
    boolean ignorePastDue,
    Set<MrpSource> sources) {

  /** Every kind proposed, every source counted, nothing consumed or ignored: as before. */
  public static final MrpOptions DEFAULT =
      new MrpOptions(
          null,
          null,
          EnumSet.allOf(PlannedOrderType.class),
          false,
          false,
          EnumSet.allOf(MrpSource.class));

  public MrpOptions {
    proposals =
        proposals == null
            ? Set.copyOf(EnumSet.allOf(PlannedOrderType.class))
            : Set.copyOf(proposals);
    sources = sources == null ? Set.copyOf(EnumSet.allOf(MrpSource.class)) : Set.copyOf(sources);
  }

  public boolean proposes(PlannedOrderType type) {
    return proposals.contains(type);
  }

  public boolean counts(MrpSource source) {
    return sources.contains(source);
  }

  /**
   * The options as the run keeps them, a word per option that differs from the default:
   * "backward=7;forward=3;proposals=PURCHASE;reorderPoint;ignorePastDue;sources=STOCK,SALES".
   */
  public String text() {
    List<String> words = new ArrayList<>();
    if (consumptionBackwardDays != null) {
      words.add("backward=" + consumptionBackwardDays);
    }
    if (consumptionForwardDays != null) {
      words.add("forward=" + consumptionForwardDays);
    }
    if (!proposals.equals(DEFAULT.proposals)) {
      words.add("proposals=" + names(proposals));
    }
    if (reorderPoint) {
      words.add("reorderPoint");
    }
    if (ignorePastDue) {
      words.add("ignorePastDue");
    }
    if (!sources.equals(DEFAULT.sources)) {
      words.add("sources=" + names(sources));
    }
    return String.join(";", words);
  }

  private static String names(Set<? extends Enum<?>> values) {
    return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  /** The options a run kept as {@link #text()}; null or empty: the default. */
  public static MrpOptions parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    Integer backward = null;
    Integer forward = null;
    Set<PlannedOrderType> proposals = DEFAULT.proposals;
    boolean reorderPoint = false;
    boolean ignorePastDue = false;
    Set<MrpSource> sources = DEFAULT.sources;
    for (String word : text.split(";")) {
      String[] pair = word.split("=", 2);
      switch (pair[0]) {
        case "backward" -> backward = Integer.valueOf(pair[1]);
        case "forward" -> forward = Integer.valueOf(pair[1]);
        case "proposals" -> proposals = enums(PlannedOrderType.class, pair[1]);
        case "reorderPoint" -> reorderPoint = true;
        case "ignorePastDue" -> ignorePastDue = true;
        case "sources" -> sources = enums(MrpSource.class, pair[1]);
        default -> throw new IllegalArgumentException("no run option " + word);
      }
    }
    return new MrpOptions(backward, forward, proposals, reorderPoint, ignorePastDue, sources);
  }

  private static <E extends Enum<E>> Set<E> enums(Class<E> type, String names) {
    EnumSet<E> values = EnumSet.noneOf(type);
    Arrays.stream(names.split(","))
        .filter(n -> !n.isEmpty())
        .forEach(n -> values.add(Enum.valueOf(type, n)));
    return values;
  }
}
