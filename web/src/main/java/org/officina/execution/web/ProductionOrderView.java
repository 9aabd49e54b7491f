package org.officina.execution.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.application.OrderDetail;
import org.officina.execution.application.OrderLifecycleService;
import org.officina.execution.application.OrderRevisionService;
import org.officina.execution.application.ProductionOrderService;
import org.officina.execution.application.WorkReportService;
import org.officina.execution.model.Feasibility;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderTerms;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.WorkReport;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.model.Reservation;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Formats;
import org.officina.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * A production order's page: its terms, its materials with what was issued, reserved and is short,
 * its operations with their progress, its history, stock movements and work reports, its documents
 * and papers; and every step of its life the user's roles allow: release (a shortage asks whether
 * to release anyway), unrelease, start, complete, close, cancel, and editing its terms.
 */
@Named
@ViewScoped
public class ProductionOrderView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProductionOrderService orders;
  @Inject OrderLifecycleService lifecycle;
  @Inject OrderRevisionService revisions;
  @Inject WorkReportService workReports;
  @Inject MaterialFlowService materialFlow;
  @Inject Formats formats;

  private String number;
  private OrderDetail detail;
  private List<Feasibility> feasibility;
  private List<WorkReport> reports;
  private List<StockMovement> movements;
  private BigDecimal qty;
  private LocalDate startDate;
  private LocalDate dueDate;
  private Integer priority;
  private boolean firm;
  private String note;
  private List<MaterialDraft> drafts = new ArrayList<>();

  /** Reads the order named in the address; an unknown number says so. */
  public void load() {
    detail = number == null ? null : orders.find(number.strip()).orElse(null);
    feasibility = null;
    reports = null;
    movements = null;
    if (detail == null) {
      if (number != null) {
        Messages.error("order.unknown", number);
      }
      return;
    }
    ProductionOrder order = detail.order();
    qty = order.qty();
    startDate = order.startDate();
    dueDate = order.dueDate();
    priority = order.priority();
    firm = order.firm();
  }

  public ProductionOrder getOrder() {
    return detail == null ? null : detail.order();
  }

  public OrderDetail getDetail() {
    return detail;
  }

  /** What each material needs, has free and lacks: only while the order is open. */
  public List<Feasibility> getFeasibility() {
    if (feasibility == null) {
      feasibility =
          detail != null && detail.order().status().open()
              ? lifecycle.feasibility(detail.order().number()).orElse(List.of())
              : List.of();
    }
    return feasibility;
  }

  /**
   * What a material line lacks and when open supply completes it ("50 (Jan 20, 2027)"), or nothing
   * when stock covers it or the order is no longer open.
   */
  public String shortText(int line) {
    Formats fmt = formats;
    return getFeasibility().stream()
        .filter(f -> f.line() == line && f.isShort())
        .findFirst()
        .map(
            f ->
                fmt.qty(f.shortage())
                    + " ("
                    + (f.availableOn() == null
                        ? Messages.text("order.noSupply")
                        : fmt.date(f.availableOn()))
                    + ")")
        .orElse("");
  }

  public boolean isShort() {
    return getFeasibility().stream().anyMatch(Feasibility::isShort);
  }

  /** What is reserved for each material line. */
  public BigDecimal reservedOf(int line) {
    return reservations().getOrDefault(line, BigDecimal.ZERO);
  }

  private Map<Integer, BigDecimal> reservations() {
    return detail.reservations().stream()
        .collect(
            Collectors.groupingBy(
                Reservation::line,
                Collectors.reducing(BigDecimal.ZERO, Reservation::qty, BigDecimal::add)));
  }

  public List<WorkReport> getReports() {
    if (reports == null) {
      reports = detail == null ? List.of() : workReports.reportsOf(detail.order().number());
    }
    return reports;
  }

  public List<StockMovement> getMovements() {
    if (movements == null) {
      movements = detail == null ? List.of() : materialFlow.movementsFor(detail.order().number());
    }
    return movements;
  }

  /** Whether the user's roles allow the action and the order's state allows it now. */
  public boolean may(String action) {
    if (detail == null) {
      return false;
    }
    OrderAction which = OrderAction.valueOf(action);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return which.roles().stream().anyMatch(external::isUserInRole)
        && which.allowedFrom(detail.order().status());
  }

  /**
   * Releases the order: when materials are short, the page shows the shortages and asks; with
   * {@code acceptShortages} it releases all the same.
   */
  public void release(boolean acceptShortages) {
    done(
        lifecycle.release(detail.order().number(), acceptShortages, detail.order().version()),
        OrderAction.RELEASE);
  }

  public void act(String action) {
    OrderAction which = OrderAction.valueOf(action);
    done(
        lifecycle.act(detail.order().number(), which, blankToNull(note), detail.order().version()),
        which);
    note = null;
  }

  public void saveTerms() {
    OrderTerms terms =
        new OrderTerms(null, qty, startDate, dueDate, null, null, priority, firm, null);
    done(
        revisions.revise(detail.order().number(), terms, detail.order().version()),
        OrderAction.EDIT);
  }

  /** Starts editing the order's materials: a copy of each line, changed until saved. */
  public void editMaterials() {
    drafts = new ArrayList<>(detail.materials().stream().map(MaterialDraft::new).toList());
  }

  public void addMaterial() {
    Integer first = detail.operations().isEmpty() ? null : detail.operations().get(0).seq();
    drafts.add(new MaterialDraft(first, detail.order().warehouse()));
  }

  public void removeMaterial(MaterialDraft draft) {
    drafts.remove(draft);
  }

  /**
   * Saves the materials as edited, all or none, over the version read: a line left out is removed
   * (material already issued stays), a line without a number is new.
   */
  public void saveMaterials() {
    Outcome<List<OrderMaterial>> saved =
        revisions.saveMaterials(
            detail.order().number(),
            drafts.stream().map(MaterialDraft::toEdit).toList(),
            detail.order().version());
    if (saved instanceof Outcome.Refused<List<OrderMaterial>> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      PrimeFaces.current().ajax().addCallbackParam("refused", true);
      return;
    }
    Messages.info("order.done.EDIT", detail.order().number());
    load();
  }

  public List<MaterialDraft> getDrafts() {
    return drafts;
  }

  public IssueMethod[] getIssueMethods() {
    return IssueMethod.values();
  }

  private void done(Outcome<ProductionOrder> outcome, OrderAction action) {
    if (outcome instanceof Outcome.Refused<ProductionOrder> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
    } else {
      Messages.info("order.done." + action, detail.order().number());
    }
    load();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public BigDecimal getQty() {
    return qty;
  }

  public void setQty(BigDecimal qty) {
    this.qty = qty;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public boolean isFirm() {
    return firm;
  }

  public void setFirm(boolean firm) {
    this.firm = firm;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
