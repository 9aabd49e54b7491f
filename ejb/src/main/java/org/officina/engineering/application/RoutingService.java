package org.officina.engineering.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.officina.engineering.model.Bill;
import org.officina.engineering.model.BillsOfMaterials;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.Routing;
import org.officina.engineering.model.RoutingOperation;
import org.officina.engineering.model.RoutingRules;
import org.officina.engineering.model.Routings;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.Supplier;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.MasterDataLock;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/** Routings (cicli): reading them, and replacing them in bulk from an import. */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class RoutingService {

  @Inject Routings routings;
  @Inject BillsOfMaterials bills;
  @Inject MasterDataLock lock;
  @Inject Event<PlanningDataChanged> planningChanges;
  @Inject ItemService items;
  @Inject PlantResourceService plant;
  @Inject PurchasingService purchasing;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  public Optional<Routing> routing(String item) {
    return routings.routing(item);
  }

  /** The operations of these items' routings, read in a few set-based queries. */
  public List<RoutingOperation> operationsOf(Collection<String> items) {
    return items.isEmpty() ? List.of() : routings.of(items);
  }

  public List<RoutingOperation> allOperations() {
    return routings.all();
  }

  public Map<String, List<Integer>> operationNumbers() {
    return routings.operationNumbers();
  }

  /** Saves an item's operations, quoting the version they were read at (0 for a new routing). */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Routing> save(String item, List<RoutingOperation> operations, long version) {
    Map<String, ItemKind> kinds = items.kinds();
    if (!kinds.containsKey(item)) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, List.of(Violation.of("item", "item.notFound", item)));
    }
    lock.acquire();
    List<Violation> violations = new ArrayList<>();
    RoutingRules.check(
            operations,
            plant.workCenters().stream().map(WorkCenter::code).collect(Collectors.toSet()),
            plant.tools().stream().map(Tool::code).collect(Collectors.toSet()),
            purchasing.suppliers().stream()
                .collect(Collectors.toMap(Supplier::code, Supplier::subcontractor)))
        .forEach(
            r ->
                violations.add(
                    Violation.of(
                        "operations[" + (r.index() + 1) + "]." + r.violation().field(),
                        r.violation().key(),
                        r.violation().args().toArray())));
    violations.addAll(operationsInUse(item, operations));
    if (!violations.isEmpty()) {
      return Outcome.refused(Outcome.Refusal.INVALID, violations);
    }
    if (!routings.save(
        item, operations, version, session.getCallerPrincipal().getName(), clock.instant())) {
      Routing current = routings.routing(item).orElseThrow();
      return Outcome.refused(
          Outcome.Refusal.STALE,
          List.of(
              Violation.of(null, "routing.stale", item, current.changedBy(), current.changedAt())));
    }
    planningChanges.fire(PlanningDataChanged.of(List.of(item)));
    return new Outcome.Done<>(routings.routing(item).orElseThrow());
  }

  /** The operations the item's bill consumes components at, which a new routing must keep. */
  private List<Violation> operationsInUse(String item, List<RoutingOperation> operations) {
    Set<Integer> seqs = operations.stream().map(RoutingOperation::seq).collect(Collectors.toSet());
    return bills.bill(item).map(Bill::lines).orElse(List.of()).stream()
        .filter(l -> l.operationSeq() != 0 && !seqs.contains(l.operationSeq()))
        .map(
            l ->
                Violation.of(
                    "operations", "routing.operationInUse", l.operationSeq(), l.component()))
        .toList();
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void importRoutings(Map<String, List<RoutingOperation>> byItem) {
    lock.acquire();
    routings.replace(byItem, session.getCallerPrincipal().getName(), clock.instant());
    planningChanges.fire(PlanningDataChanged.of(byItem.keySet()));
  }
}
