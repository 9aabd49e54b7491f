package org.officina.purchasing.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Suppliers' price lists and each item's preferred supplier, as purchasing keeps them. */
public interface PriceLists {

  /** The price lists of these items, of every supplier and period. */
  List<PriceList> ofItems(Collection<String> items);

  /** Every price list, by supplier, item, operation and first day. */
  List<PriceList> all();

  /**
   * Writes price lists: one with the same supplier, item, operation and first day is replaced,
   * breaks included; the others are added.
   */
  void save(Collection<PriceList> lists);

  /**
   * Removes the list of a supplier for an item (or one of its operations) from a day.
   *
   * @return whether there was one
   */
  boolean remove(PriceList.Key key);

  /** Those of these item codes that name an item. */
  java.util.Set<String> knownItems(Collection<String> items);

  /** The preferred supplier of each of these items that has one. */
  Map<String, String> preferred(Collection<String> items);

  /** The preferred supplier of every item that has one, by item. */
  Map<String, String> allPreferred();

  /** Makes each supplier the preferred one of its item. */
  void prefer(Map<String, String> supplierByItem);
}
