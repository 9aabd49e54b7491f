package org.officina.engineering.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.officina.engineering.model.Bill;
import org.officina.engineering.model.BillRules;
import org.officina.engineering.model.BillsOfMaterials;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ProductStructure;
import org.officina.engineering.model.Routings;
import org.officina.shared.model.MasterDataLock;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Bills of materials: reading one, exploding and imploding the structure, saving a person's edit
 * (checked, cycle included, and refused if somebody saved the bill meanwhile), and replacing bills
 * in bulk from an import. Low-level codes follow every change.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class BillOfMaterialsService {

  @Inject BillsOfMaterials bills;
  @Inject Routings routings;
  @Inject ItemService items;
  @Inject MasterDataLock lock;
  @Inject Event<PlanningDataChanged> planningChanges;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  public Optional<Bill> bill(String parent) {
    return bills.bill(parent);
  }

  public Map<String, Long> versions() {
    return bills.versions();
  }

  public List<BomLine> allLines() {
    return bills.all();
  }

  public List<ProductStructure.Exploded> explode(String item, BigDecimal qty, LocalDate date) {
    return new ProductStructure(bills.all()).explode(item, qty, date);
  }

  public List<ProductStructure.Use> whereUsed(String component, LocalDate date) {
    return new ProductStructure(bills.all()).whereUsed(component, date);
  }

  /** Saves the lines of a parent's bill, quoting the version it was read at (0 for a new bill). */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Bill> save(String parent, List<BomLine> lines, long version) {
    Map<String, ItemKind> kinds = items.kinds();
    if (!kinds.containsKey(parent)) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, List.of(Violation.of("parent", "item.notFound", parent)));
    }
    lock.acquire();
    List<BomLine> all = bills.all();
    List<Integer> operations = routings.operationNumbers().getOrDefault(parent, List.of());
    List<Violation> violations = BillRules.check(parent, lines, kinds, all, operations);
    if (!violations.isEmpty()) {
      return Outcome.refused(Outcome.Refusal.INVALID, violations);
    }
    String user = session.getCallerPrincipal().getName();
    Set<String> changed = new HashSet<>(Set.of(parent));
    bills.bill(parent).ifPresent(b -> b.lines().forEach(l -> changed.add(l.component())));
    lines.forEach(l -> changed.add(l.component()));
    if (!bills.save(parent, lines, version, user, clock.instant())) {
      Optional<Bill> saved = bills.bill(parent);
      if (saved.isEmpty()) {
        return Outcome.refused(
            Outcome.Refusal.NOT_FOUND, List.of(Violation.of("parent", "bom.none", parent)));
      }
      Bill current = saved.get();
      return Outcome.refused(
          Outcome.Refusal.STALE,
          List.of(
              Violation.of(null, "bom.stale", parent, current.changedBy(), current.changedAt())));
    }
    refreshLowLevelCodes();
    planningChanges.fire(PlanningDataChanged.of(changed));
    return new Outcome.Done<>(bills.bill(parent).orElseThrow());
  }

  /**
   * Replaces the bills of the parents given, as an import does after checking them; returns how
   * many changed.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public int importBills(Map<String, List<BomLine>> byParent) {
    lock.acquire();
    int changed =
        bills.replace(byParent, session.getCallerPrincipal().getName(), clock.instant()).size();
    if (changed > 0) {
      refreshLowLevelCodes();
      planningChanges.fire(PlanningDataChanged.everything());
    }
    return changed;
  }

  private void refreshLowLevelCodes() {
    bills.storeLowLevelCodes(new ProductStructure(bills.all()).lowLevelCodes());
  }
}
