package org.officina.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import org.officina.scheduling.application.CapacityLoadService;
import org.officina.scheduling.model.CapacityLoad;
import org.officina.shared.web.Formats;
import org.officina.shared.web.Messages;
import org.officina.shared.web.PlantZone;

/**
 * The load chart (CRP): a work center's load by day or week at infinite capacity (production orders
 * on the floor, and MRP's planned orders apart) against its capacity line, overloaded periods in
 * red; and every work center's periods in a table, the overloaded ones marked.
 */
@Named
@ViewScoped
public class CapacityView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FLOOR = "#3f6fa8";
  private static final String PLANNED = "#9ab6d8";
  private static final String OVER = "#c0392b";
  private static final String OVER_PLANNED = "#e6a09a";

  @Inject CapacityLoadService service;
  @Inject Formats formats;
  @Inject PlantZone plantZone;

  private int days = 28;
  private boolean weeks;
  private String workCenter;
  private CapacityLoadService.Load load;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    load = service.load(days, plantZone.zone());
    List<String> centers = getWorkCenters();
    if (workCenter == null || !centers.contains(workCenter)) {
      workCenter = centers.isEmpty() ? null : centers.get(0);
    }
  }

  /** The periods shown: days or weeks, every work center. */
  public List<CapacityLoad.Bucket> getBuckets() {
    return weeks ? load.load().weeks() : load.load().days();
  }

  public List<CapacityLoad.Bucket> getOverloaded() {
    return getBuckets().stream().filter(CapacityLoad.Bucket::overloaded).toList();
  }

  public List<String> getWorkCenters() {
    return load.load().days().stream().map(CapacityLoad.Bucket::workCenter).distinct().toList();
  }

  /** The chosen work center's chart: stacked load bars and the capacity line, in hours. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder floor = Json.createArrayBuilder();
    JsonArrayBuilder planned = Json.createArrayBuilder();
    JsonArrayBuilder capacity = Json.createArrayBuilder();
    JsonArrayBuilder floorColours = Json.createArrayBuilder();
    JsonArrayBuilder plannedColours = Json.createArrayBuilder();
    for (CapacityLoad.Bucket bucket : getBuckets()) {
      if (!bucket.workCenter().equals(workCenter)) {
        continue;
      }
      labels.add(formats.date(bucket.from()));
      floor.add(hours(bucket.loadMinutes() - bucket.plannedMinutes()));
      planned.add(hours(bucket.plannedMinutes()));
      capacity.add(hours(bucket.capacity()));
      floorColours.add(bucket.overloaded() ? OVER : FLOOR);
      plannedColours.add(bucket.overloaded() ? OVER_PLANNED : PLANNED);
    }
    JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("type", "line")
                                .add("label", Messages.text("capacity.capacity"))
                                .add("data", capacity)
                                .add("borderColor", "#2d3748")
                                .add("backgroundColor", "#2d3748")
                                .add("stepped", "middle")
                                .add("pointRadius", 0))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Messages.text("capacity.floorLoad"))
                                .add("data", floor)
                                .add("backgroundColor", floorColours))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Messages.text("capacity.plannedLoad"))
                                .add("data", planned)
                                .add("backgroundColor", plannedColours))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", stacked)
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                .add("beginAtZero", true)
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", Messages.text("capacity.hours"))))))
        .build()
        .toString();
  }

  /** Minutes as hours with one decimal, for the chart and the table. */
  public double hours(long minutes) {
    return Math.round(minutes / 6.0) / 10.0;
  }

  public CapacityLoadService.Load getLoad() {
    return load;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = Math.max(1, Math.min(days, CapacityLoadService.MAX_DAYS));
  }

  public boolean isWeeks() {
    return weeks;
  }

  public void setWeeks(boolean weeks) {
    this.weeks = weeks;
  }

  public String getWorkCenter() {
    return workCenter;
  }

  public void setWorkCenter(String workCenter) {
    this.workCenter = workCenter;
  }
}
