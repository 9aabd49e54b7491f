package org.officina.purchasing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.officina.execution.application.FirmOrderConversionService;
import org.officina.inventory.application.WarehouseService;
import org.officina.inventory.model.Warehouse;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.PlannedOrderType;
import org.officina.purchasing.application.PurchaseOrderService;
import org.officina.purchasing.application.PurchaseReceiptService;
import org.officina.purchasing.model.PurchaseGrouping;
import org.officina.purchasing.model.PurchaseOrder;
import org.officina.purchasing.model.PurchaseOrderLine;
import org.officina.purchasing.model.PurchaseOrderSummary;
import org.officina.purchasing.model.PurchaseReceipt;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;
import org.officina.shared.web.UserView;

/**
 * The purchasing workbench: the firm planned buy orders still to convert, each with the supplier
 * and price the lists give today (or why none), converted in bulk into draft orders by supplier;
 * the purchase orders, late ones marked; and one order's lines and receipts, with its steps and a
 * receipt form for the roles that may.
 */
@Named
@ViewScoped
public class PurchaseOrdersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MOST_PROPOSALS = 500;
  private static final int MOST_ORDERS = 200;

  @Inject transient PurchaseOrderService orders;
  @Inject transient PurchaseReceiptService receipts;
  @Inject transient FirmOrderConversionService conversion;
  @Inject transient MrpRunService mrp;
  @Inject transient WarehouseService warehouses;
  @Inject UserView user;

  private List<ProposalRow> proposals = List.of();
  private List<ProposalRow> selectedProposals = new ArrayList<>();
  private String supplier;
  private String item;
  private boolean openOnly = true;
  private List<PurchaseOrderSummary> list = List.of();
  private PurchaseOrder order;
  private List<PurchaseReceipt> orderReceipts = List.of();
  private final ReceiptDraft receipt = new ReceiptDraft();

  @PostConstruct
  void start() {
    loadProposals();
    search();
  }

  private void loadProposals() {
    if (!user.isItemEditor()) {
      return;
    }
    List<PurchaseGrouping.Proposal> waiting =
        mrp.waiting(PlannedOrderType.PURCHASE, MOST_PROPOSALS).stream()
            .map(f -> new PurchaseGrouping.Proposal(f.id(), f.item(), f.qty(), f.dueDate()))
            .toList();
    PurchaseGrouping.Result result = orders.preview(waiting);
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<ProposalRow> rows = new ArrayList<>();
    for (PurchaseGrouping.Draft d : result.drafts()) {
      for (int k = 0; k < d.sources().size(); k++) {
        PurchaseGrouping.Proposal p = d.sources().get(k);
        PurchaseOrderLine l = d.order().lines().get(k);
        rows.add(
            new ProposalRow(
                p.id(),
                p.item(),
                p.qty(),
                p.dueDate(),
                d.order().supplier(),
                l.qty(),
                l.unitPrice(),
                d.order().currency(),
                null));
      }
    }
    for (PurchaseGrouping.Left l : result.left()) {
      PurchaseGrouping.Proposal p = l.proposal();
      rows.add(
          new ProposalRow(
              p.id(),
              p.item(),
              p.qty(),
              p.dueDate(),
              null,
              null,
              null,
              null,
              l.reason().message(locale)));
    }
    rows.sort(java.util.Comparator.comparing(ProposalRow::dueDate).thenComparing(ProposalRow::id));
    proposals = rows;
  }

  public void convert() {
    if (Proposals.convert(conversion, selectedProposals)) {
      selectedProposals = new ArrayList<>();
      loadProposals();
      search();
    }
  }

  public void search() {
    list =
        orders
            .search(blankless(supplier), blankless(item), null, openOnly, 0, MOST_ORDERS)
            .content();
  }

  public void open(String number) {
    order = orders.find(number).orElse(null);
    orderReceipts = order == null ? List.of() : orders.receipts(number);
    receipt.reset(order);
  }

  public void confirm() {
    step(orders::confirm, "purchaseOrders.confirmed");
  }

  public void close() {
    step(orders::close, "purchaseOrders.closed");
  }

  public void cancel() {
    step(orders::cancel, "purchaseOrders.cancelled");
  }

  private void step(Function<String, Outcome<PurchaseOrder>> action, String done) {
    Outcome<PurchaseOrder> outcome = action.apply(order.number());
    if (outcome instanceof Outcome.Refused<PurchaseOrder> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
    } else {
      Messages.info(done, order.number());
    }
    open(order.number());
    search();
  }

  public void receive() {
    Outcome<PurchaseReceiptService.Received> outcome =
        receipts.receive(order.number(), receipt.toRequest());
    if (outcome instanceof Outcome.Refused<PurchaseReceiptService.Received> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    Messages.info("purchaseOrders.receivedDone", receipt.getQty(), order.number());
    open(order.number());
    search();
  }

  /** Whether something of a line is still to come: the lines a receipt may name. */
  public List<PurchaseOrderLine> getOpenLines() {
    return order == null
        ? List.of()
        : order.lines().stream().filter(l -> l.open().signum() > 0).toList();
  }

  public List<Warehouse> getWarehouses() {
    return warehouses.warehouses();
  }

  public BigDecimal getAmount() {
    return order == null ? null : order.amount();
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text.strip();
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

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public List<PurchaseOrderSummary> getList() {
    return list;
  }

  public PurchaseOrder getOrder() {
    return order;
  }

  public List<PurchaseReceipt> getReceipts() {
    return orderReceipts;
  }

  public ReceiptDraft getReceipt() {
    return receipt;
  }
}
