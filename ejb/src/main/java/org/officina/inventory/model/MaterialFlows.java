package org.officina.inventory.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reservations of stock for orders, and the genealogy of lots. */
public interface MaterialFlows {
  /** What is reserved of these items in a warehouse by references other than the one given. */
  Map<String, BigDecimal> reservedByOthers(
      Collection<String> items, String warehouse, String reference);

  List<Reservation> reservations(String reference);

  /** What each of these references has reserved of these items in a warehouse, by reference. */
  Map<String, Map<String, BigDecimal>> reservedBy(
      Collection<String> references, Collection<String> items, String warehouse);

  /** Adds reservations. */
  void reserve(List<Reservation> reservations);

  /** Uses up a reservation line by what was issued; a line used up is gone. */
  void consume(String reference, int line, BigDecimal qty);

  /** Frees whatever a reference holds. */
  void release(String reference);

  void link(List<LotLink> links);

  /** Forgets the genealogy a reference recorded. */
  void unlink(String reference);

  /** What went into a product lot. */
  List<LotLink> madeOf(String item, String lot);

  /** Where a component lot went. */
  List<LotLink> usedIn(String item, String lot);
}
