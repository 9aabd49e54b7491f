package org.officina.integration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ItemSearch;
import org.officina.integration.model.ItemsCsv;
import org.officina.shared.model.Roles;

/**
 * Writes the item master as items.csv, page by page, so that exporting a large catalogue takes
 * little memory. What export writes, import reads back unchanged.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class ItemExport {

  private static final int PAGE = 1000;

  @Inject ItemService items;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void writeItems(Writer out) {
    try {
      ItemsCsv.write(new PagedItems(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The item master read a page at a time, in code order. */
  private final class PagedItems implements Iterable<ItemData> {
    @Override
    public java.util.Iterator<ItemData> iterator() {
      return new java.util.Iterator<>() {
        private int offset;
        private List<ItemData> page = List.of();
        private int index;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
          if (index < page.size()) {
            return true;
          }
          if (exhausted) {
            return false;
          }
          page =
              items.search(ItemSearch.all(offset, PAGE)).content().stream()
                  .map(Item::data)
                  .toList();
          offset += page.size();
          index = 0;
          exhausted = page.size() < PAGE;
          return !page.isEmpty();
        }

        @Override
        public ItemData next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return page.get(index++);
        }
      };
    }
  }
}
