package org.officina.integration.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemData;
import org.officina.integration.model.ItemFileFormat;

/**
 * Writes the item master as items.csv, page by page, so that exporting a large catalogue takes
 * little memory: each page is read in a transaction of its own, whose persistence context is then
 * let go. What export writes, import reads back unchanged. Who may read items is decided by {@link
 * ItemService}, which every page goes through.
 */
@Stateless
@PermitAll
public class ItemExport {

  private static final int PAGE = 1000;

  @Inject ItemService items;
  @Inject ItemFileFormat format;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void writeItems(Writer out) {
    try {
      format.write(new PagedItems(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The item master read a page at a time, in code order, each page starting after the last code
   * read.
   */
  private final class PagedItems implements Iterable<ItemData> {
    @Override
    public Iterator<ItemData> iterator() {
      return new Iterator<>() {
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
          String last = page.isEmpty() ? null : page.get(page.size() - 1).code();
          page = items.after(last, PAGE).stream().map(Item::data).toList();
          index = 0;
          exhausted = page.size() < PAGE;
          return !page.isEmpty();
        }

        @Override
        public ItemData next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return page.get(index++);
        }
      };
    }
  }
}
