package org.officina.execution.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.officina.execution.application.SupervisorService;
import org.officina.execution.model.FloorFigures;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.WorkReport;
import org.officina.resources.application.PlantResourceService;
import org.officina.shared.web.Formats;
import org.officina.shared.web.Messages;
import org.primefaces.event.ItemSelectEvent;

/**
 * The supervisor's page: production orders by state (a doughnut), the late ones, work in progress
 * by department and scrap by reason (bars), declared against planned times per operation, and the
 * latest declarations. Charts are Chart.js configurations, as PrimeFaces' chart takes them.
 */
@Named
@ViewScoped
public class SupervisorView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String[] COLOURS = {
    "#9aa5b1", "#3f6fa8", "#2e9d5b", "#1f3a5f", "#6c757d", "#c0392b"
  };

  @Inject SupervisorService supervisor;
  @Inject Formats formats;
  @Inject PlantResourceService plant;
  private transient Map<String, String> names;
  private transient List<FloorFigures.WorkInProgress> wipByDepartment;

  public String getOrdersChart() {
    Map<OrderStatus, Long> counts = supervisor.ordersByStatus();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (OrderStatus status : OrderStatus.values()) {
      labels.add(Messages.text("orderStatus." + status) + ": " + counts.getOrDefault(status, 0L));
      data.add(counts.getOrDefault(status, 0L));
      colours.add(COLOURS[status.ordinal()]);
    }
    return chart("doughnut", labels, dataset(null, data).add("backgroundColor", colours));
  }

  public String getWorkInProgressChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder operations = Json.createArrayBuilder();
    JsonArrayBuilder parts = Json.createArrayBuilder();
    for (FloorFigures.WorkInProgress wip : departments()) {
      labels.add(wip.workCenter());
      operations.add(wip.operations());
      parts.add(wip.qty());
    }
    return chart(
        "bar",
        labels,
        dataset(Messages.text("supervisor.operations"), operations)
            .add("backgroundColor", "#3f6fa8"),
        dataset(Messages.text("supervisor.parts"), parts).add("backgroundColor", "#9aa5b1"));
  }

  public String getScrapChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (FloorFigures.ScrapByReason scrap : supervisor.scrapByReason()) {
      labels.add(
          (scrap.reason() == null ? "-" : formats.label("scrapReason", scrap.reason()))
              + ": "
              + formats.qty(scrap.qty()));
      data.add(scrap.qty());
    }
    return chart(
        "bar",
        labels,
        dataset(Messages.text("supervisor.scrapped"), data).add("backgroundColor", "#c0392b"));
  }

  /**
   * A click on the orders chart lists the orders in that state; on the work in progress, the
   * department's dispatch list.
   */
  public void ordersClicked(ItemSelectEvent event) throws java.io.IOException {
    go("orders/production-orders.xhtml?status=" + OrderStatus.values()[event.getItemIndex()]);
  }

  public void workInProgressClicked(ItemSelectEvent event) throws java.io.IOException {
    go("shopfloor/lists.xhtml?department=" + departments().get(event.getItemIndex()).workCenter());
  }

  private List<FloorFigures.WorkInProgress> departments() {
    if (wipByDepartment == null) {
      wipByDepartment = List.copyOf(supervisor.workInProgressByDepartment().values());
    }
    return wipByDepartment;
  }

  private static void go(String page) throws java.io.IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/" + page);
  }

  public boolean isScrapEmpty() {
    return supervisor.scrapByReason().isEmpty();
  }

  public List<ProductionOrder> getLateOrders() {
    return supervisor.lateOrders(20);
  }

  public List<FloorFigures.OperationTimes> getOperationTimes() {
    return supervisor.operationTimes(30);
  }

  public List<WorkReport> getLatestReports() {
    return supervisor.latestReports(20);
  }

  /** The operators of a declaration by name, as people know them; a code no one has, as it is. */
  public String operatorNames(List<String> codes) {
    if (codes.isEmpty()) {
      return "";
    }
    if (names == null) {
      names = new java.util.HashMap<>();
      plant.operators().forEach(o -> names.put(o.code(), o.name()));
    }
    return "("
        + String.join(", ", codes.stream().map(c -> names.getOrDefault(c, c)).toList())
        + ")";
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data) {
    JsonObjectBuilder dataset = Json.createObjectBuilder().add("data", data);
    return label == null ? dataset : dataset.add("label", label);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (JsonObjectBuilder dataset : datasets) {
      all.add(dataset);
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", all))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    type.equals("bar")
                        ? Json.createObjectBuilder()
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("beginAtZero", true)
                                    .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                        : Json.createObjectBuilder()))
        .build()
        .toString();
  }
}
