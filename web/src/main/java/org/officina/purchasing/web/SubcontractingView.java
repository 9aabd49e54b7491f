package org.officina.purchasing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.officina.execution.application.FirmOrderConversionService;
import org.officina.inventory.application.StockService;
import org.officina.inventory.application.WarehouseService;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.Warehouse;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.PlannedOrderType;
import org.officina.purchasing.application.DeliveryNoteService;
import org.officina.purchasing.application.SubcontractOrderService;
import org.officina.purchasing.application.SubcontractReturnService;
import org.officina.purchasing.application.SubcontractedOperationService;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SupplierChoice;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;
import org.officina.shared.web.UserView;

/**
 * The subcontracting workbench (conto lavoro): the firm planned subcontract orders still to
 * convert, each with the subcontractor and price its list gives (or why none); the open orders,
 * late ones marked, with the production order whose operations they do; one order's components,
 * what the subcontractor holds of each, a delivery note for what may go now and a return form, and
 * for several operations the split into one order each; the delivery notes with their PDFs; and the
 * stock at each subcontractor.
 */
@Named
@ViewScoped
public class SubcontractingView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MOST = 200;

  @Inject transient SubcontractOrderService orders;
  @Inject transient SubcontractReturnService returns;
  @Inject transient SubcontractedOperationService operations;
  @Inject transient DeliveryNoteService notes;
  @Inject transient FirmOrderConversionService conversion;
  @Inject transient MrpRunService mrp;
  @Inject transient WarehouseService warehouses;
  @Inject transient StockService stock;
  @Inject UserView user;

  private List<ProposalRow> proposals = List.of();
  private List<ProposalRow> selectedProposals = new ArrayList<>();
  private List<SubcontractOrder> open = List.of();

  /** The plant's today when the orders were read: what late means on this page. */
  private java.time.LocalDate today;

  private SubcontractOrder order;
  private List<SubcontractOrder.Shortfall> toShip = List.of();
  private List<DeliveryNote> deliveryNotes = List.of();
  private List<StockLevel> atSubcontractors = List.of();
  private final ShipmentDraft shipment = new ShipmentDraft();
  private final ReturnDraft returned = new ReturnDraft();

  @PostConstruct
  void start() {
    loadProposals();
    load();
  }

  private void loadProposals() {
    if (!user.isItemEditor()) {
      return;
    }
    List<FirmPlannedOrder> waiting = mrp.waiting(PlannedOrderType.SUBCONTRACT, MOST);
    Map<Integer, SupplierChoice.Outcome> quotes =
        orders.quotes(
            waiting.stream().map(f -> SubcontractOrderService.Terms.of(f, null)).toList());
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<ProposalRow> rows = new ArrayList<>();
    for (int k = 0; k < waiting.size(); k++) {
      FirmPlannedOrder f = waiting.get(k);
      SupplierChoice.Quote q = quotes.get(k).quote();
      rows.add(
          q == null
              ? new ProposalRow(
                  f.id(),
                  f.item(),
                  f.qty(),
                  f.dueDate(),
                  null,
                  null,
                  null,
                  null,
                  quotes.get(k).refusal().message(locale))
              : new ProposalRow(
                  f.id(),
                  f.item(),
                  f.qty(),
                  f.dueDate(),
                  q.supplier(),
                  f.qty(),
                  q.unitPrice(),
                  q.list().currency(),
                  null));
    }
    proposals = rows;
  }

  private void load() {
    today = orders.today();
    open = orders.search(null, true, 0, MOST);
    deliveryNotes = notes.notes(null, MOST);
    List<StockLevel> held = new ArrayList<>();
    for (Warehouse w : warehouses.warehouses()) {
      if (w.subcontractor() != null) {
        held.addAll(stock.search(null, w.code(), 0, MOST).content());
      }
    }
    atSubcontractors = held;
  }

  public void convert() {
    if (Proposals.convert(conversion, selectedProposals)) {
      selectedProposals = new ArrayList<>();
      loadProposals();
      load();
    }
  }

  public void open(String number) {
    order = orders.find(number).orElse(null);
    toShip = order == null ? List.of() : order.shippable(operations.passedOn(order));
    shipment.reset(order);
    returned.reset(order);
  }

  /** Posts a delivery note of everything the order still needs shipped. */
  public void ship() {
    Outcome<DeliveryNote> posted =
        notes.post(
            order.supplier(),
            shipment.getCarrier(),
            shipment.clientId(),
            shipment.sends(order, toShip));
    if (posted instanceof Outcome.Refused<DeliveryNote> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    Messages.info(
        "subcontracting.shippedDone", ((Outcome.Done<DeliveryNote>) posted).value().number());
    open(order.number());
    load();
  }

  public void giveBack() {
    Outcome<SubcontractReturnService.Returned> outcome =
        returns.receive(order.number(), returned.toRequest());
    if (outcome instanceof Outcome.Refused<SubcontractReturnService.Returned> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    Messages.info("subcontracting.returnedDone", order.number());
    open(order.number());
    load();
  }

  public void close() {
    Outcome<SubcontractOrder> closed = orders.close(order.number());
    if (closed instanceof Outcome.Refused<SubcontractOrder> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    Messages.info("purchaseOrders.closed", order.number());
    open(order.number());
    load();
  }

  /** Splits the open order's operations into an order each. */
  public void ungroup() {
    Outcome<List<SubcontractOrder>> split = operations.ungroup(order.number());
    if (split instanceof Outcome.Refused<List<SubcontractOrder>> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    List<SubcontractOrder> made = ((Outcome.Done<List<SubcontractOrder>>) split).value();
    Messages.info(
        "subcontracting.ungrouped",
        order.number(),
        String.join(", ", made.stream().map(SubcontractOrder::number).toList()));
    load();
    open(made.get(0).number());
  }

  /** Whether the open order does several operations and nothing of it went out yet. */
  public boolean isSplittable() {
    return order != null && order.splittable();
  }

  /** The production order and operations an order does, or nothing for a whole item. */
  public String operationsOf(SubcontractOrder o) {
    return o.forOperations()
        ? o.operations().productionOrder()
            + " · "
            + String.join(", ", o.operations().seqs().stream().map(String::valueOf).toList())
        : "";
  }

  public List<SubcontractOrder.Shortfall> getToShip() {
    return toShip;
  }

  public boolean late(SubcontractOrder o) {
    return o.status().open() && o.dueDate().isBefore(today);
  }

  public List<Warehouse> getOurWarehouses() {
    return warehouses.warehouses().stream().filter(w -> w.subcontractor() == null).toList();
  }

  public List<ProposalRow> getProposals() {
    return proposals;
  }

  public List<ProposalRow> getSelectedProposals() {
    return selectedProposals;
  }

  public void setSelectedProposals(List<ProposalRow> selected) {
    this.selectedProposals = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public List<SubcontractOrder> getOpen() {
    return open;
  }

  public SubcontractOrder getOrder() {
    return order;
  }

  public List<DeliveryNote> getDeliveryNotes() {
    return deliveryNotes;
  }

  public List<StockLevel> getAtSubcontractors() {
    return atSubcontractors;
  }

  public ShipmentDraft getShipment() {
    return shipment;
  }

  public ReturnDraft getReturned() {
    return returned;
  }
}
