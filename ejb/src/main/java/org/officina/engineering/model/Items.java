package org.officina.engineering.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.shared.model.Page;

/** The item master as a collection. */
public interface Items {

  Optional<Item> byCode(String code);

  /** The items with these codes, by code, in set-based queries (never one query per code). */
  Map<String, Item> byCodes(Collection<String> codes);

  Page<Item> search(ItemSearch search);

  /**
   * The items whose code comes after the given one (all, for null), in code order, at most {@code
   * limit}: a catalogue of any size read a page at a time, with no item missed or repeated and no
   * count to compute.
   */
  List<Item> after(String code, int limit);

  /** What every item is (supply type and unit), by code, in one query. */
  Map<String, ItemKind> kinds();

  /** What the items with these codes are, by code, without loading them. */
  Map<String, ItemKind> kinds(Collection<String> codes);

  /** How the items with these codes are issued to production orders, by code. */
  Map<String, IssueMethod> issueMethods(Collection<String> codes);

  /** The consumption tolerance of the items with these codes that have one, by code. */
  Map<String, java.math.BigDecimal> consumptionTolerances(Collection<String> codes);

  void add(Item item);

  /**
   * Writes what is pending and stops managing the items loaded so far: a bulk import must not leave
   * thousands of items for every later flush of its transaction to compare.
   */
  void writeOutAndForget();

  void remove(Item item);
}
