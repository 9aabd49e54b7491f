package org.officina.engineering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemSearch;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.shared.model.Codes;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Violation;
import org.officina.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The items page: the item master as a lazy table (sorted and filtered in the database, a page at a
 * time) and the dialog that creates and edits an item, with each refused value shown beside its
 * field.
 */
@Named
@ViewScoped
public class ItemsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ItemService items;
  private final LazyItems table = new LazyItems();
  private ItemForm form = ItemForm.blank();

  public LazyDataModel<ItemRow> getTable() {
    return table;
  }

  public ItemForm getForm() {
    return form;
  }

  public UnitOfMeasure[] getUnits() {
    return UnitOfMeasure.values();
  }

  public IssueMethod[] getIssueMethods() {
    return IssueMethod.values();
  }

  public SupplyType[] getSupplyTypes() {
    return SupplyType.values();
  }

  public LotRule[] getLotRules() {
    return LotRule.values();
  }

  public void startCreating() {
    form = ItemForm.blank();
  }

  public void startEditing(ItemRow row) {
    form = ItemForm.of(row);
  }

  public void save() {
    Outcome<Item> outcome =
        form.isCreating()
            ? items.create(form.data())
            : items.update(form.getCode(), form.data(), form.version());
    if (outcome instanceof Outcome.Refused<Item> refused) {
      refused.violations().forEach(this::show);
      PrimeFaces.current().ajax().addCallbackParam("saved", false);
      return;
    }
    Messages.info(form.isCreating() ? "items.created" : "items.saved", form.getCode());
    PrimeFaces.current().ajax().addCallbackParam("saved", true);
  }

  public void delete(ItemRow row) {
    if (items.delete(row.getCode()) instanceof Outcome.Refused<Item> refused) {
      refused.violations().forEach(this::show);
    } else {
      Messages.info("items.deleted", row.getCode());
    }
  }

  private void show(Violation violation) {
    String field = violation.field();
    String clientId = field == null ? null : "itemForm:" + field;
    String label = field == null ? null : Messages.text("item." + field);
    Messages.violation(clientId, label, violation);
  }

  /** The item master a page at a time, as the table asks for it. */
  private final class LazyItems extends LazyDataModel<ItemRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) items.search(search(filterBy, Map.of(), 0, 1)).total();
    }

    @Override
    public List<ItemRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return items.search(search(filterBy, sortBy, first, pageSize)).content().stream()
          .map(ItemRow::new)
          .toList();
    }

    @Override
    public String getRowKey(ItemRow row) {
      return row.getCode();
    }

    @Override
    public ItemRow getRowData(String rowKey) {
      return items.find(rowKey).map(ItemRow::new).orElse(null);
    }

    private ItemSearch search(
        Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int size) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      return new ItemSearch(
          text(filterBy, "code"),
          text(filterBy, "description"),
          code(filterBy, "supplyType", SupplyType.class),
          code(filterBy, "uom", UnitOfMeasure.class),
          code(filterBy, "lotRule", LotRule.class),
          sort == null ? ItemSearch.SortField.CODE : sortField(sort.getField()),
          sort != null && sort.getOrder() == SortOrder.DESCENDING,
          first,
          Math.max(1, Math.min(size, ItemSearch.MAX_LIMIT)));
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
      FilterMeta filter = filterBy.get(field);
      return filter == null || filter.getFilterValue() == null
          ? null
          : filter.getFilterValue().toString();
    }

    private static <E extends Enum<E>> E code(
        Map<String, FilterMeta> filterBy, String field, Class<E> type) {
      String value = text(filterBy, field);
      return value == null || value.isBlank() ? null : Codes.parse(type, value).orElse(null);
    }

    private static ItemSearch.SortField sortField(String field) {
      String constant = field.replaceAll("([a-z])([A-Z])", "$1_$2");
      return Codes.parse(ItemSearch.SortField.class, constant).orElse(ItemSearch.SortField.CODE);
    }
  }
}
