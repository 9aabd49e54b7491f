package org.officina.execution.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.officina.execution.application.DispatchService;
import org.officina.execution.application.OrderLifecycleService;
import org.officina.execution.application.ProductionOrderService;
import org.officina.execution.application.WorkReportService;
import org.officina.execution.model.DispatchLine;
import org.officina.execution.model.OperationStatus;
import org.officina.execution.model.TerminalAction;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.Operator;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;

/**
 * The shop-floor terminal: the operator picks a work center, sees its queue, picks an operation (or
 * scans its code, ORDER/OPERATION or just ORDER), and presses start, pause, resume and finish;
 * setup, run and stop minutes are measured between the presses. Quantities are declared with a
 * keypad of big buttons, scrap with its reason, and the operators who did the work with theirs.
 */
@Named
@ViewScoped
public class TerminalView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DispatchService dispatch;
  @Inject WorkReportService workReports;
  @Inject PlantResourceService plant;
  @Inject ProductionOrderService orders;
  @Inject OrderLifecycleService lifecycle;

  private List<WorkCenter> workCenters;
  private String workCenter;
  private List<DispatchLine> queue = List.of();
  private String selectedOrder;
  private int selectedSeq;
  private BigDecimal goodQty = BigDecimal.ZERO;
  private BigDecimal scrapQty = BigDecimal.ZERO;
  private String scrapReason;
  private String stopReason;
  private List<String> operators = new ArrayList<>();
  private String scan;
  private transient Map<Integer, BigDecimal> shortages;

  public List<WorkCenter> getWorkCenters() {
    if (workCenters == null) {
      workCenters = plant.workCenters();
    }
    return workCenters;
  }

  public void chooseWorkCenter() {
    selectedOrder = null;
    refresh();
  }

  public void refresh() {
    queue = workCenter == null ? List.of() : dispatch.ofWorkCenter(workCenter);
    if (getSelected().isEmpty()) {
      selectedOrder = null;
    }
  }

  public void select(DispatchLine line) {
    selectedOrder = line.order();
    selectedSeq = line.operation().seq();
    shortages = null;
    clearQuantities();
  }

  /**
   * What the order still lacks of a material (0 when stock covers it), so that the operator sees a
   * shortage before starting the operation that needs it.
   */
  public BigDecimal shortageOf(int materialLine) {
    if (shortages == null) {
      shortages = new HashMap<>();
      DispatchLine line = getLine();
      if (line != null) {
        lifecycle
            .feasibility(line.order())
            .orElse(List.of())
            .forEach(f -> shortages.put(f.line(), f.shortage()));
      }
    }
    return shortages.getOrDefault(materialLine, BigDecimal.ZERO);
  }

  /**
   * A scanned or typed code, as printed on the order's papers: ORDER/OPERATION picks that
   * operation, at its work center; ORDER picks the order's first operation in this work center's
   * queue, or else its first operation not done.
   */
  public void scanned() {
    String code = scan == null ? "" : scan.strip().toUpperCase(Locale.ROOT);
    scan = null;
    if (code.isEmpty()) {
      return;
    }
    String[] parts = code.split("/");
    Optional<DispatchLine> here = inQueue(parts);
    if (here.isEmpty()) {
      orders
          .find(parts[0])
          .flatMap(
              o ->
                  o.operations().stream()
                      .filter(op -> op.progress().status() != OperationStatus.DONE)
                      .filter(op -> parts.length < 2 || String.valueOf(op.seq()).equals(parts[1]))
                      .findFirst())
          .ifPresent(
              op -> {
                workCenter = op.workCenter();
                refresh();
              });
      here = inQueue(parts);
    }
    if (here.isEmpty()) {
      Messages.error("terminal.scan.unknown", code);
      return;
    }
    select(here.get());
  }

  private Optional<DispatchLine> inQueue(String[] parts) {
    return queue.stream()
        .filter(l -> l.order().equalsIgnoreCase(parts[0]))
        .filter(l -> parts.length < 2 || String.valueOf(l.operation().seq()).equals(parts[1]))
        .findFirst();
  }

  public Optional<DispatchLine> getSelected() {
    return queue.stream()
        .filter(l -> l.order().equals(selectedOrder) && l.operation().seq() == selectedSeq)
        .findFirst();
  }

  public DispatchLine getLine() {
    return getSelected().orElse(null);
  }

  public boolean isSelected(DispatchLine line) {
    return line.order().equals(selectedOrder) && line.operation().seq() == selectedSeq;
  }

  /** The tools the selected operation needs, or a dash. */
  public String getTooling() {
    DispatchLine line = getLine();
    return line == null || line.operation().tooling().isEmpty()
        ? "-"
        : String.join(", ", line.operation().tooling());
  }

  /** Whether the press fits what is happening at the selected operation. */
  public boolean can(String action) {
    DispatchLine line = getLine();
    if (line == null) {
      return false;
    }
    OperationStatus status = line.operation().progress().status();
    OperationStatus paused = line.operation().progress().paused();
    return switch (TerminalAction.valueOf(action)) {
      case START_SETUP -> status == OperationStatus.WAITING;
      case FINISH_SETUP -> status == OperationStatus.SETUP;
      case START_RUN -> status == OperationStatus.WAITING || status == OperationStatus.SETUP;
      case PAUSE -> status == OperationStatus.SETUP || status == OperationStatus.RUNNING;
      case RESUME -> status == OperationStatus.PAUSED;
      case DECLARE, FINISH ->
          status == OperationStatus.RUNNING
              || status == OperationStatus.PAUSED && paused == OperationStatus.RUNNING;
    };
  }

  public void press(String action) {
    DispatchLine line = getLine();
    if (line == null) {
      Messages.error("terminal.noOperation");
      return;
    }
    TerminalAction which = TerminalAction.valueOf(action);
    boolean declares = which == TerminalAction.DECLARE || which == TerminalAction.FINISH;
    if (declares && scrapQty.signum() > 0 && scrapReason == null) {
      Messages.error("terminal.chooseScrapReason");
      return;
    }
    if (which == TerminalAction.PAUSE && stopReason == null) {
      Messages.error("terminal.chooseStopReason");
      return;
    }
    WorkReportService.Press press =
        new WorkReportService.Press(
            UUID.randomUUID().toString(),
            declares ? goodQty : null,
            declares ? scrapQty : null,
            declares && scrapQty.signum() > 0 ? scrapReason : null,
            which == TerminalAction.PAUSE ? stopReason : null,
            List.copyOf(operators),
            List.of());
    Outcome<WorkReportService.Applied> outcome =
        workReports.press(line.order(), line.operation().seq(), which, press);
    if (outcome instanceof Outcome.Refused<WorkReportService.Applied> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    Messages.info("terminal.done." + which.name(), line.order(), line.operation().seq());
    if (declares) {
      clearQuantities();
    }
    shortages = null;
    refresh();
  }

  /** Adds to the good or the scrapped quantity, never below zero. */
  public void add(String which, int amount) {
    if (which.equals("good")) {
      goodQty = goodQty.add(BigDecimal.valueOf(amount)).max(BigDecimal.ZERO);
    } else {
      scrapQty = scrapQty.add(BigDecimal.valueOf(amount)).max(BigDecimal.ZERO);
    }
  }

  public void clearQuantities() {
    goodQty = BigDecimal.ZERO;
    scrapQty = BigDecimal.ZERO;
    scrapReason = null;
  }

  public List<String> getScrapReasons() {
    return workReports.reasons().scrap().stream().sorted().toList();
  }

  public List<String> getStopReasons() {
    return workReports.reasons().stop().stream().sorted().toList();
  }

  /** The operators of the selected work center's department, who may declare its work. */
  public List<Operator> getCrew() {
    String department =
        getWorkCenters().stream()
            .filter(w -> w.code().equals(workCenter))
            .map(WorkCenter::department)
            .findFirst()
            .orElse(null);
    return plant.operators().stream()
        .filter(o -> java.util.Objects.equals(o.department(), department))
        .toList();
  }

  /** A reason's label in the reader's language, or its code when it has none. */
  public String label(String kind, String code) {
    try {
      return Messages.text(kind + "Reason." + code);
    } catch (java.util.MissingResourceException e) {
      return code;
    }
  }

  public String getWorkCenter() {
    return workCenter;
  }

  public void setWorkCenter(String workCenter) {
    this.workCenter = workCenter;
  }

  public List<DispatchLine> getQueue() {
    return queue;
  }

  public BigDecimal getGoodQty() {
    return goodQty;
  }

  public void setGoodQty(BigDecimal goodQty) {
    this.goodQty = goodQty == null ? BigDecimal.ZERO : goodQty;
  }

  public BigDecimal getScrapQty() {
    return scrapQty;
  }

  public void setScrapQty(BigDecimal scrapQty) {
    this.scrapQty = scrapQty == null ? BigDecimal.ZERO : scrapQty;
  }

  public String getScrapReason() {
    return scrapReason;
  }

  public void setScrapReason(String scrapReason) {
    this.scrapReason = scrapReason;
  }

  public String getStopReason() {
    return stopReason;
  }

  public void setStopReason(String stopReason) {
    this.stopReason = stopReason;
  }

  public List<String> getOperators() {
    return operators;
  }

  public void setOperators(List<String> operators) {
    this.operators = operators == null ? new ArrayList<>() : new ArrayList<>(operators);
  }

  public String getScan() {
    return scan;
  }

  public void setScan(String scan) {
    this.scan = scan;
  }
}
