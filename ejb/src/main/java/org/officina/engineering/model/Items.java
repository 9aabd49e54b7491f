package org.officina.engineering.model;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.officina.shared.model.Page;

/** The item master as a collection. */
public interface Items {

  Optional<Item> byCode(String code);

  /** The items with these codes, by code, in set-based queries (never one query per code). */
  Map<String, Item> byCodes(Collection<String> codes);

  Page<Item> search(ItemSearch search);

  void add(Item item);

  void remove(Item item);
}
