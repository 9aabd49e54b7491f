package org.officina.planning.model;

import java.util.Set;

/**
 * A run's action messages in columns: type, item, the supply it is about (or none), its date, the
 * date suggested, the quantity. A large plant has hundreds of thousands; they become {@link
 * ActionMessage}s when read. Messages of the types the run suppresses are not kept.
 */
final class Messages {

  /** The supply of a message about an item as a whole. */
  static final int NO_SUPPLY = -1;

  private static final MessageType[] TYPES = MessageType.values();

  private final IntColumn type = new IntColumn(256);
  private final IntColumn item = new IntColumn(256);
  private final IntColumn supply = new IntColumn(256);
  private final IntColumn day = new IntColumn(256);
  private final IntColumn suggested = new IntColumn(256);
  private final LongColumn qty = new LongColumn(256);
  private final Set<MessageType> suppressed;

  Messages(Set<MessageType> suppressed) {
    this.suppressed = suppressed;
  }

  void add(MessageType messageType, int itemIndex, int about, int onDay, int suggestedDay, long q) {
    if (suppressed.contains(messageType)) {
      return;
    }
    type.add(messageType.ordinal());
    item.add(itemIndex);
    supply.add(about);
    day.add(onDay);
    suggested.add(suggestedDay);
    qty.add(q);
  }

  int size() {
    return type.size();
  }

  MessageType type(int message) {
    return TYPES[type.get(message)];
  }

  int item(int message) {
    return item.get(message);
  }

  int supply(int message) {
    return supply.get(message);
  }

  int day(int message) {
    return day.get(message);
  }

  int suggestedDay(int message) {
    return suggested.get(message);
  }

  long qty(int message) {
    return qty.get(message);
  }
}
