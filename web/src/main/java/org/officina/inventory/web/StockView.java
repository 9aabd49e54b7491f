package org.officina.inventory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.officina.inventory.application.StockService;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.StockMovement;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The stock page: stock on hand by item, warehouse, location and lot, filtered and paged in the
 * database; choosing a line shows the movements of its item, newest first.
 */
@Named
@ViewScoped
public class StockView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MOVEMENTS_SHOWN = 200;

  @Inject StockService stock;
  private final Levels levels = new Levels();
  private StockLevel selected;
  private List<StockMovement> movements = List.of();

  public LazyDataModel<StockLevel> getLevels() {
    return levels;
  }

  public void onSelect(SelectEvent<StockLevel> event) {
    selected = event.getObject();
    movements = stock.movements(selected.item(), MOVEMENTS_SHOWN);
  }

  public StockLevel getSelected() {
    return selected;
  }

  public void setSelected(StockLevel selected) {
    this.selected = selected;
  }

  public List<StockMovement> getMovements() {
    return movements;
  }

  private final class Levels extends LazyDataModel<StockLevel> {
    private static final long serialVersionUID = 1L;
    private List<StockLevel> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) stock.search(text(filterBy, "item"), text(filterBy, "warehouse"), 0, 1).total();
    }

    @Override
    public List<StockLevel> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var result =
          stock.search(text(filterBy, "item"), text(filterBy, "warehouse"), first, pageSize);
      setRowCount((int) result.total());
      page = result.content();
      return page;
    }

    @Override
    public String getRowKey(StockLevel level) {
      return String.join(
          "|",
          level.item(),
          level.warehouse(),
          String.valueOf(level.location()),
          String.valueOf(level.lot()));
    }

    @Override
    public StockLevel getRowData(String rowKey) {
      return page.stream().filter(l -> getRowKey(l).equals(rowKey)).findFirst().orElse(null);
    }

    private String text(Map<String, FilterMeta> filterBy, String field) {
      FilterMeta filter = filterBy.get(field);
      if (filter == null
          || filter.getFilterValue() == null
          || filter.getFilterValue().toString().isBlank()) {
        return null;
      }
      return filter.getFilterValue().toString().strip();
    }
  }
}
