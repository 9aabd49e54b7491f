package org.officina.purchasing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceListLine;
import org.officina.purchasing.model.PriceListRules;
import org.officina.purchasing.model.PriceLists;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplierChoice;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Suppliers' price lists (listini) and preferred suppliers, and the choice of a supplier and price
 * for a quantity of an item on a day, as purchase and subcontract orders are priced. Buyers (the
 * planner role), administrators and other systems change them; cost accountants read them.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.COST_ACCOUNTANT, Roles.ADMIN, Roles.INTEGRATION})
public class PriceListService {

  @Inject PriceLists lists;
  @Resource SessionContext context;
  @Inject PurchasingService purchasing;
  @Inject jakarta.enterprise.event.Event<PlanningDataChanged> planningChanges;

  public List<PriceList> all() {
    return lists.all();
  }

  public List<PriceList> ofItem(String item) {
    return lists.ofItems(List.of(item));
  }

  /**
   * The price lists as lines of price_lists.csv, a line per break, or none for a caller who may not
   * read prices: a dataset export then leaves them out instead of failing.
   */
  @PermitAll
  public List<PriceListLine> lines() {
    if (Roles.PRICE_READERS.stream().noneMatch(context::isCallerInRole)) {
      return List.of();
    }
    Map<String, String> preferred = lists.allPreferred();
    List<PriceListLine> lines = new ArrayList<>();
    for (PriceList l : lists.all()) {
      for (PriceList.PriceBreak pb : l.breaks()) {
        lines.add(
            new PriceListLine(
                l.withBreaks(List.of(pb)), l.supplier().equals(preferred.get(l.item()))));
      }
    }
    return lines;
  }

  public Map<String, String> preferred() {
    return lists.allPreferred();
  }

  /**
   * Adds or replaces price lists and preferred suppliers, all or none, naming every broken rule: a
   * list with the supplier, item, operation and first day of one that exists replaces it.
   *
   * @param preferred a supplier for each item it becomes the preferred supplier of
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Void> save(Collection<PriceList> changed, Map<String, String> preferred) {
    Map<String, Boolean> suppliers =
        purchasing.suppliers().stream()
            .collect(Collectors.toMap(Supplier::code, Supplier::subcontractor));
    Set<String> named = new HashSet<>(preferred.keySet());
    changed.forEach(l -> named.add(l.item()));
    Set<String> known = lists.knownItems(named);
    List<Violation> violations = new ArrayList<>();
    Set<PriceList.Key> keys = new HashSet<>();
    for (PriceList list : changed) {
      violations.addAll(PriceListRules.check(list, suppliers));
      if (list.item() != null && !list.item().isBlank() && !known.contains(list.item())) {
        violations.add(Violation.of("item", "item.notFound", list.item()));
      }
      if (!keys.add(list.key())) {
        violations.add(
            Violation.of("valid_from", "priceList.twice", list.item(), list.validFrom()));
      }
    }
    preferred.forEach(
        (item, supplier) -> {
          if (!known.contains(item)) {
            violations.add(Violation.of("item", "item.notFound", item));
          }
          if (!suppliers.containsKey(supplier)) {
            violations.add(Violation.of("preferred", "supplier.notFound", supplier));
          }
        });
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    lists.save(changed);
    lists.prefer(preferred);
    // A lead time or a preferred supplier is what MRP plans these items with.
    planningChanges.fire(PlanningDataChanged.of(named));
    return new Outcome.Done<>(null);
  }

  /**
   * Removes a supplier's list for an item from a day.
   *
   * @return whether there was one
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public boolean remove(PriceList.Key key) {
    boolean removed = lists.remove(key);
    if (removed) {
      planningChanges.fire(PlanningDataChanged.of(List.of(key.item())));
    }
    return removed;
  }

  /**
   * Who would supply a quantity of an item (or do one operation of it) ordered on a day, and at
   * what price, or why nobody can.
   */
  public SupplierChoice.Outcome quote(
      String item, Integer operation, BigDecimal qty, LocalDate day) {
    return SupplierChoice.choose(
        item,
        operation,
        qty,
        day,
        lists.ofItems(List.of(item)),
        lists.preferred(List.of(item)).get(item));
  }
}
