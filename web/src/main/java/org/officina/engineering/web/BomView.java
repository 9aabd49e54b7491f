package org.officina.engineering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.officina.engineering.application.BillOfMaterialsService;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.Bill;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ProductStructure;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;
import org.primefaces.event.RowEditEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The BOM page: an item's bill exploded on a date as a tree, each line editable in place (the
 * change is saved to the bill it belongs to, checked like any other: a cycle or a concurrent edit
 * is refused with its reason), lines added and removed, and the where-used view of any component.
 */
@Named
@ViewScoped
public class BomView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BillOfMaterialsService bills;
  @Inject ItemService items;

  private String item;
  private LocalDate date = LocalDate.now();
  private TreeNode<BomRow> root = new DefaultTreeNode<>();
  private Map<String, List<BomLine>> byParent = Map.of();
  private Map<String, Long> versions = Map.of();
  private String whereUsedOf;
  private List<UsedRow> whereUsed = List.of();
  private String newParent;
  private String newComponent;
  private BigDecimal newQty = BigDecimal.ONE;

  /** A line of the where-used view: an item the component goes into, and how deep. */
  public record UsedRow(int level, String parent, String description, BigDecimal qtyPer) {}

  public void show() {
    if (item == null || item.isBlank()) {
      root = new DefaultTreeNode<>();
      return;
    }
    item = item.strip();
    // versions first: a bill saved between the two reads then looks stale, never current
    versions = bills.versions();
    List<BomLine> lines = bills.allLines();
    byParent = new LinkedHashMap<>();
    lines.forEach(l -> byParent.computeIfAbsent(l.parent(), p -> new ArrayList<>()).add(l));
    root = tree(new ProductStructure(lines).explode(item, BigDecimal.ONE, date));
    if (newParent == null || newParent.isBlank()) {
      newParent = item;
    }
    if (whereUsedOf == null || whereUsedOf.isBlank()) {
      whereUsedOf = item;
    }
    showWhereUsed();
  }

  private TreeNode<BomRow> tree(List<ProductStructure.Exploded> explosion) {
    Set<String> codes = new HashSet<>();
    explosion.forEach(e -> codes.add(e.line().component()));
    Map<String, ItemData> components = items.data(codes);
    TreeNode<BomRow> top = new DefaultTreeNode<>();
    List<TreeNode<BomRow>> path = new ArrayList<>(List.of(top));
    for (ProductStructure.Exploded e : explosion) {
      BomLine line = e.line();
      int position = byParent.get(line.parent()).indexOf(line);
      BomRow row =
          new BomRow(e.level(), line, position, e.quantity(), components.get(line.component()));
      TreeNode<BomRow> node = new DefaultTreeNode<>(row, path.get(e.level() - 1));
      node.setExpanded(e.level() < 3);
      path.subList(e.level(), path.size()).clear();
      path.add(node);
    }
    return top;
  }

  public void onRowEdit(RowEditEvent<TreeNode<BomRow>> event) {
    BomRow row = event.getObject().getData();
    List<BomLine> lines = new ArrayList<>(byParent.get(row.getParent()));
    lines.set(row.getPosition(), row.toLine());
    save(row.getParent(), lines, row.getComponent());
  }

  public void onRowEditCancel() {
    show();
  }

  public void addLine() {
    String parent = newParent == null ? "" : newParent.strip();
    List<BomLine> lines = new ArrayList<>(byParent.getOrDefault(parent, List.of()));
    String component = newComponent == null ? "" : newComponent.strip();
    lines.add(
        new BomLine(
            parent, component, newQty, false, BigDecimal.ZERO, null, null, 0, false, null, 1));
    if (save(parent, lines, component)) {
      newComponent = null;
      newQty = BigDecimal.ONE;
    }
  }

  public void remove(BomRow row) {
    List<BomLine> lines = new ArrayList<>(byParent.get(row.getParent()));
    lines.remove(row.getPosition());
    save(row.getParent(), lines, row.getComponent());
  }

  private boolean save(String parent, List<BomLine> lines, String component) {
    Outcome<Bill> outcome = bills.save(parent, lines, versions.getOrDefault(parent, 0L));
    boolean saved = outcome instanceof Outcome.Done;
    if (saved) {
      Messages.info("bom.saved", parent);
      whereUsedOf = component;
    } else {
      ((Outcome.Refused<Bill>) outcome)
          .violations()
          .forEach(v -> Messages.violation(null, parent, v));
    }
    show();
    return saved;
  }

  public void showWhereUsed() {
    if (whereUsedOf == null || whereUsedOf.isBlank()) {
      whereUsed = List.of();
      return;
    }
    List<ProductStructure.Use> uses = bills.whereUsed(whereUsedOf.strip(), date);
    Set<String> parents = new HashSet<>();
    uses.forEach(u -> parents.add(u.line().parent()));
    Map<String, String> descriptions = items.descriptions(parents);
    whereUsed =
        uses.stream()
            .map(
                u ->
                    new UsedRow(
                        u.level(),
                        u.line().parent(),
                        descriptions.getOrDefault(u.line().parent(), ""),
                        u.line().qtyPer()))
            .toList();
  }

  public void select(BomRow row) {
    whereUsedOf = row.getComponent();
    newParent = row.getComponent();
    showWhereUsed();
  }

  public TreeNode<BomRow> getRoot() {
    return root;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date == null ? LocalDate.now() : date;
  }

  public String getWhereUsedOf() {
    return whereUsedOf;
  }

  public void setWhereUsedOf(String whereUsedOf) {
    this.whereUsedOf = whereUsedOf;
  }

  public List<UsedRow> getWhereUsed() {
    return whereUsed;
  }

  public String getNewParent() {
    return newParent;
  }

  public void setNewParent(String newParent) {
    this.newParent = newParent;
  }

  public String getNewComponent() {
    return newComponent;
  }

  public void setNewComponent(String newComponent) {
    this.newComponent = newComponent;
  }

  public BigDecimal getNewQty() {
    return newQty;
  }

  public void setNewQty(BigDecimal newQty) {
    this.newQty = newQty;
  }
}
