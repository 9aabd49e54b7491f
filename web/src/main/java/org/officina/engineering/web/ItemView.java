package org.officina.engineering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.officina.demand.application.DemandService;
import org.officina.demand.model.DemandLine;
import org.officina.engineering.application.BillOfMaterialsService;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.application.RoutingService;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ProductStructure;
import org.officina.execution.application.ProductionOrderService;
import org.officina.execution.model.OrderSearch;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.ProductionOrder;
import org.officina.inventory.application.StockService;
import org.officina.inventory.model.StockLevel;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.SupplyLine;
import org.officina.shared.model.LineSearch;
import org.officina.shared.web.Messages;

/**
 * An item's page, where everything about it meets: its master data, its bill and routing (how many
 * lines and operations, linked), where it is used, its stock, its open production orders, its open
 * supply and its demand, and the way to its MRP record. Each list shows its first lines and links
 * to the page that has them all.
 */
@Named
@ViewScoped
public class ItemView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  @Inject ItemService items;
  @Inject BillOfMaterialsService bills;
  @Inject RoutingService routings;
  @Inject StockService stock;
  @Inject ProductionOrderService orders;
  @Inject DemandService demand;
  @Inject PurchasingService purchasing;

  private String code;
  private ItemData item;
  private String changedBy;
  private java.time.Instant changedAt;
  private int billLines;
  private int operations;
  private List<ProductStructure.Use> usedIn = List.of();
  private List<StockLevel> levels = List.of();
  private List<ProductionOrder> productionOrders = List.of();
  private List<DemandLine> demandLines = List.of();
  private List<SupplyLine> supplyLines = List.of();

  /** Reads the item named in the address, and what the page shows of it. */
  public void load() {
    Item found = code == null ? null : items.find(code.strip()).orElse(null);
    if (found == null) {
      item = null;
      if (code != null) {
        Messages.error("itemPage.unknown", code);
      }
      return;
    }
    item = found.data();
    changedBy = found.changedBy();
    changedAt = found.changedAt();
    String c = item.code();
    billLines = bills.bill(c).map(b -> b.lines().size()).orElse(0);
    operations = routings.routing(c).map(r -> r.operations().size()).orElse(0);
    usedIn =
        bills.whereUsed(c, LocalDate.now()).stream()
            .filter(u -> u.level() == 1)
            .limit(SHOWN)
            .toList();
    levels =
        stock.search(c, null, 0, 200).content().stream().filter(l -> l.item().equals(c)).toList();
    productionOrders =
        orders
            .search(
                new OrderSearch(
                    Set.of(OrderStatus.PLANNED, OrderStatus.RELEASED, OrderStatus.IN_PROGRESS),
                    null,
                    c,
                    null,
                    null,
                    false,
                    0,
                    200))
            .content()
            .stream()
            .filter(o -> o.item().equals(c))
            .limit(SHOWN)
            .toList();
    LineSearch lines = new LineSearch(c, null, null, null, null, 0, 200);
    demandLines =
        demand.search(lines).content().stream()
            .filter(l -> l.item().equals(c))
            .limit(SHOWN)
            .toList();
    supplyLines =
        purchasing.search(lines).content().stream()
            .filter(l -> l.item().equals(c))
            .limit(SHOWN)
            .toList();
  }

  /** The stock on hand in all warehouses, locations and lots. */
  public BigDecimal getOnHand() {
    return levels.stream().map(StockLevel::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public ItemData getItem() {
    return item;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public java.time.Instant getChangedAt() {
    return changedAt;
  }

  public int getBillLines() {
    return billLines;
  }

  public int getOperations() {
    return operations;
  }

  public List<ProductStructure.Use> getUsedIn() {
    return usedIn;
  }

  public List<StockLevel> getLevels() {
    return levels;
  }

  public List<ProductionOrder> getProductionOrders() {
    return productionOrders;
  }

  public List<DemandLine> getDemandLines() {
    return demandLines;
  }

  public List<SupplyLine> getSupplyLines() {
    return supplyLines;
  }
}
