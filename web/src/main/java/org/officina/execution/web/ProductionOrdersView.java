package org.officina.execution.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.officina.execution.application.OrderLifecycleService;
import org.officina.execution.application.ProductionOrderService;
import org.officina.execution.application.SupervisorService;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderSearch;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.ProductionOrder;
import org.officina.shared.model.Codes;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;
import org.officina.shared.web.PagedTable;
import org.officina.shared.web.PlantZone;
import org.primefaces.component.datatable.DataTable;

/**
 * The list of production orders: filtered in the database by state, number, item, due dates and
 * lateness, with the count of orders in each state (a click filters by it), and the selected
 * planned orders released together, each on its own (one short of material does not hold back the
 * others).
 */
@Named
@ViewScoped
public class ProductionOrdersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProductionOrderService orders;
  @Inject OrderLifecycleService lifecycle;
  @Inject SupervisorService figures;
  @Inject PlantZone plantZone;

  private List<OrderStatus> statuses =
      new ArrayList<>(
          EnumSet.of(OrderStatus.PLANNED, OrderStatus.RELEASED, OrderStatus.IN_PROGRESS));
  private String item;
  private LocalDate dueFrom;
  private LocalDate dueTo;
  private boolean late;
  private boolean acceptShortages;
  private List<ProductionOrder> selected = new ArrayList<>();
  private Map<OrderStatus, Long> totals;
  private final PagedTable<ProductionOrder> table =
      new PagedTable<>(
          (filterBy, first, size) ->
              orders.search(
                  new OrderSearch(
                      Set.copyOf(statuses),
                      PagedTable.filter(filterBy, "number"),
                      item != null && !item.isBlank()
                          ? item.strip()
                          : PagedTable.filter(filterBy, "item"),
                      dueFrom,
                      dueTo,
                      late,
                      first,
                      size)),
          ProductionOrder::number);

  public PagedTable<ProductionOrder> getTable() {
    return table;
  }

  /** How many orders are in each state, whatever the filters. */
  public Map<OrderStatus, Long> getTotals() {
    if (totals == null) {
      totals = figures.ordersByStatus();
    }
    return totals;
  }

  public long total(OrderStatus status) {
    return getTotals().getOrDefault(status, 0L);
  }

  /** Shows the orders of one state only. */
  public void only(OrderStatus status) {
    statuses = new ArrayList<>(List.of(status));
    late = false;
    search();
  }

  /** New filters: the table starts again from its first page. */
  public void search() {
    DataTable shown =
        (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("orders:table");
    if (shown != null) {
      shown.setFirst(0);
    }
  }

  public LocalDate getToday() {
    return LocalDate.now(plantZone.zone());
  }

  public OrderStatus[] getAllStatuses() {
    return OrderStatus.values();
  }

  /** Whether the user may release orders: the release button shows only to them. */
  public boolean isReleaser() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return OrderAction.RELEASE.roles().stream().anyMatch(external::isUserInRole);
  }

  /** Releases each selected order on its own, and says which were released and why not. */
  public void releaseSelected() {
    if (selected.isEmpty()) {
      Messages.error("orders.selectFirst");
      return;
    }
    List<String> released = new ArrayList<>();
    for (ProductionOrder order : selected) {
      Outcome<ProductionOrder> outcome = lifecycle.release(order.number(), acceptShortages, null);
      if (outcome instanceof Outcome.Refused<ProductionOrder> refused) {
        refused.violations().forEach(v -> Messages.violation(null, order.number(), v));
      } else {
        released.add(order.number());
      }
    }
    if (!released.isEmpty()) {
      Messages.info("orders.released", String.join(", ", released));
    }
    selected = new ArrayList<>();
    totals = null;
  }

  /** One state to show, as the supervisor's chart and the home page link to it. */
  public String getStatus() {
    return statuses.size() == 1 ? statuses.get(0).name() : null;
  }

  public void setStatus(String status) {
    Codes.parse(OrderStatus.class, status).ifPresent(s -> statuses = new ArrayList<>(List.of(s)));
  }

  public List<OrderStatus> getStatuses() {
    return statuses;
  }

  public void setStatuses(List<OrderStatus> statuses) {
    this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public LocalDate getDueFrom() {
    return dueFrom;
  }

  public void setDueFrom(LocalDate dueFrom) {
    this.dueFrom = dueFrom;
  }

  public LocalDate getDueTo() {
    return dueTo;
  }

  public void setDueTo(LocalDate dueTo) {
    this.dueTo = dueTo;
  }

  public boolean isLate() {
    return late;
  }

  public void setLate(boolean late) {
    this.late = late;
  }

  public boolean isAcceptShortages() {
    return acceptShortages;
  }

  public void setAcceptShortages(boolean acceptShortages) {
    this.acceptShortages = acceptShortages;
  }

  public List<ProductionOrder> getSelected() {
    return selected;
  }

  public void setSelected(List<ProductionOrder> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }
}
