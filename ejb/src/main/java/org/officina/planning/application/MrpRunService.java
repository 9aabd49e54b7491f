package org.officina.planning.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.FirmPlannedOrders;
import org.officina.planning.model.ItemRecord;
import org.officina.planning.model.MessageSearch;
import org.officina.planning.model.MrpMode;
import org.officina.planning.model.MrpPegging;
import org.officina.planning.model.MrpPlans;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.MrpRunRequest;
import org.officina.planning.model.MrpRuns;
import org.officina.planning.model.NightlyClaims;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PegEnd;
import org.officina.planning.model.PeggingNode;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.planning.model.PlannedOrderType;
import org.officina.planning.model.RunComparison;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.SupplyLine;
import org.officina.resources.application.PlantResourceService;
import org.officina.shared.model.Page;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * MRP runs for planners and other systems: asking for a run (one per plant at a time), following
 * it, reading its planned orders, messages and pegging, firming planned orders of the live plan and
 * converting firm planned orders into open orders. The mrp-run batch job does the planning.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION, Roles.SUPERVISOR})
public class MrpRunService {

  /** How deep a pegging tree goes: deeper than any bill, shallow enough to stop a runaway. */
  private static final int MAX_DEPTH = 30;

  /** How many differing items a comparison lists: the first, by code. */
  public static final int COMPARE_LIMIT = 500;

  @Resource SessionContext session;
  @Inject MrpRuns runs;
  @Inject NightlyClaims nightlyClaims;
  @Inject PlantResourceService plantResources;
  @Inject MrpPlans plans;
  @Inject MrpPegging pegging;
  @Inject FirmPlannedOrders firmOrders;
  @Inject PurchasingService purchasing;
  @Inject FirmOrderConversion conversion;
  @Inject MrpRunProgress progress;
  @Inject Event<PlanningDataChanged> planningChanges;

  /** Records a run and takes its plant, committed before the job is started. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public MrpStart request(MrpRunRequest request) {
    List<Violation> violations = new ArrayList<>(request.violations());
    if (violations.isEmpty() && !plantResources.plants().contains(request.plant())) {
      violations.add(Violation.of("plant", "mrp.plant.unknown", request.plant()));
    }
    MrpRunRequest asked = request;
    if (violations.isEmpty() && request.mode() == MrpMode.NET_CHANGE) {
      Optional<MrpRunRecord> live = runs.livePlan(request.plant());
      if (live.isEmpty()) {
        violations.add(Violation.of("mode", "mrp.netChange.noLivePlan", request.plant()));
      } else {
        violations.addAll(request.conflictsWith(live.get().request()));
        asked = request.on(live.get().request());
      }
    }
    if (!violations.isEmpty()) {
      return MrpStart.invalid(violations);
    }
    long id = runs.create(asked, session.getCallerPrincipal().getName());
    Optional<Long> holder = runs.hold(request.plant(), id);
    if (holder.isPresent()) {
      MrpRunRecord running = runs.find(holder.get()).orElseThrow();
      session.setRollbackOnly();
      return MrpStart.busy(running);
    }
    return MrpStart.accepted(id);
  }

  /**
   * Claims a day's nightly regeneration for this server, in a transaction of its own: false when
   * another server of the cluster claimed it first (the refused insert leaves nothing to commit).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed(Roles.ADMIN)
  public boolean claimNightly(LocalDate day) {
    boolean claimed = nightlyClaims.claim(day, System.getProperty("jboss.node.name", "officina"));
    if (!claimed) {
      session.setRollbackOnly();
    }
    return claimed;
  }

  public List<String> plants() {
    return plantResources.plants();
  }

  public Optional<MrpRunRecord> run(long id) {
    return runs.find(id);
  }

  /** Items planned of all items, while the run plans in this server. */
  public Optional<MrpRunProgress.Progress> progress(long id) {
    return Optional.ofNullable(progress.of(id));
  }

  public List<MrpRunRecord> latest(String plant, int limit) {
    return runs.latest(plant, limit);
  }

  /** Asks a running run to stop; it ends as STOPPED with nothing written. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public void requestStop(long id) {
    progress.requestStop(id);
  }

  /**
   * The run whose rows hold a run's plan: its own, or the one a net-change run changed in place.
   * Unknown runs have no rows under any id.
   */
  private long rows(long run) {
    return runs.find(run).map(MrpRunRecord::planRows).orElse(run);
  }

  public void forEachPlannedOrder(long run, Consumer<PlannedOrderRow> handler) {
    plans.forEachPlannedOrder(rows(run), handler);
  }

  /** A page of a run's planned orders, each firm one with the order it was converted into. */
  public Page<PlannedOrderRow> plannedOrders(long run, String item, int offset, int limit) {
    Page<PlannedOrderRow> page = plans.plannedOrders(rows(run), item, offset, limit);
    List<Long> firm =
        page.content().stream()
            .map(PlannedOrderRow::firmPlannedOrder)
            .filter(java.util.Objects::nonNull)
            .toList();
    if (firm.isEmpty()) {
      return page;
    }
    Map<Long, Long> lines = firmOrders.supplyLines(firm);
    Map<Long, String> numbers = purchasing.orderNumbers(lines.values());
    return new Page<>(
        page.content().stream()
            .map(
                row ->
                    lines.containsKey(row.firmPlannedOrder())
                        ? row.convertedInto(
                            numbers.getOrDefault(lines.get(row.firmPlannedOrder()), "-"))
                        : row)
            .toList(),
        page.total());
  }

  public Page<ActionMessage> messages(long run, MessageSearch search, int offset, int limit) {
    return plans.messages(rows(run), search, offset, limit);
  }

  /** The pegging down from a demand line: the supplies that cover it, and theirs, to the bottom. */
  public Optional<PeggingNode> peggingOfDemand(long runId, String number, int line) {
    long run = rows(runId);
    return plans
        .demandLine(number, line)
        .flatMap(id -> pegging.top(run, PegEnd.DEMAND, id))
        .map(top -> top.withChildren(tree(run, PegEnd.DEMAND, top.id(), 0, pegging::suppliesOf)));
  }

  /**
   * The pegging up from a planned order: what it serves, and what that serves, to the top; empty
   * when the run has no such order.
   */
  public Optional<PeggingNode> peggingOfPlannedOrder(long runId, int number) {
    long run = rows(runId);
    return pegging
        .top(run, PegEnd.PLANNED_ORDER, number)
        .map(
            top ->
                top.withChildren(tree(run, PegEnd.PLANNED_ORDER, number, 0, pegging::consumersOf)));
  }

  /** One level of pegging from a node: its supplies (going down) or its consumers (going up). */
  @FunctionalInterface
  private interface Step {
    List<PeggingNode> next(long run, PegEnd kind, long id);
  }

  /** The nodes a step reaches from a node, each with its own, through planned and firm orders. */
  private List<PeggingNode> tree(long run, PegEnd kind, long id, int depth, Step step) {
    List<PeggingNode> nodes = new ArrayList<>();
    for (PeggingNode node : step.next(run, kind, id)) {
      boolean order =
          node.kind() == PegEnd.PLANNED_ORDER || node.kind() == PegEnd.FIRM_PLANNED_ORDER;
      nodes.add(
          order && depth < MAX_DEPTH
              ? node.withChildren(tree(run, node.kind(), node.id(), depth + 1, step))
              : node);
    }
    return nodes;
  }

  /** An item's time-phased record in a run, rebuilt from what the run kept. */
  public Optional<ItemRecord> itemRecord(long run, String item) {
    return runs.find(run).flatMap(found -> plans.itemRecord(found, item));
  }

  /** The items whose planned orders differ between two runs (a simulation and the live plan). */
  public List<RunComparison> compare(long runA, long runB) {
    return plans.compare(rows(runA), rows(runB), COMPARE_LIMIT);
  }

  /** Firms planned orders of the plant's live plan, all or none. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public OrderChange firm(long run, Collection<Integer> numbers) {
    Optional<MrpRunRecord> found = runs.find(run);
    if (found.isEmpty()) {
      return refused("run", "mrp.run.unknown", run);
    }
    if (!found.get().live()) {
      return refused("run", "mrp.run.notLive", run, found.get().request().plant());
    }
    if (found.get().request().suggestionsOnly()) {
      return refused("run", "mrp.run.suggestionsOnly", run);
    }
    if (numbers.isEmpty()) {
      return refused("numbers", "mrp.order.unknown", run, "-");
    }
    OrderChange result =
        firmOrders.firm(
            found.get().planRows(),
            found.get().request().plant(),
            numbers,
            session.getCallerPrincipal().getName());
    if (!result.violations().isEmpty()) {
      session.setRollbackOnly();
    } else {
      planningChanges.fire(PlanningDataChanged.of(firmOrders.itemCodes(result.ids())));
    }
    return result;
  }

  /** Converts firm planned orders into open orders (MRP-id), all or none. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public OrderChange convert(Collection<Long> firmIds) {
    return convert(firmIds, id -> FirmPlannedOrder.ORDER_PREFIX + id);
  }

  /** The firm planned orders of a kind still to convert, by release date: at most limit. */
  public List<FirmPlannedOrder> waiting(PlannedOrderType type, int limit) {
    return firmOrders.waiting(type, Math.max(1, Math.min(limit, 1000)));
  }

  /** The firm planned orders with these ids that there are. */
  public List<FirmPlannedOrder> firmPlannedOrders(Collection<Long> firmIds) {
    return firmOrders.find(firmIds);
  }

  /**
   * Converts firm planned orders into open orders numbered as given (production orders made from
   * them), all or none.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public OrderChange convert(Collection<Long> firmIds, Function<Long, String> numbers) {
    return convertInto(firmIds, f -> FirmOrderConversion.whole(f, numbers.apply(f.id())));
  }

  /**
   * Converts firm planned orders into open orders made elsewhere (purchase order lines), each into
   * the supply line given for it, all or none.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public OrderChange convertInto(
      Collection<Long> firmIds, Function<FirmPlannedOrder, SupplyLine> lines) {
    if (firmIds.isEmpty()) {
      return refused("ids", "mrp.firm.unknown", "-");
    }
    OrderChange result = conversion.convert(firmIds, lines);
    if (!result.violations().isEmpty()) {
      session.setRollbackOnly();
    } else {
      planningChanges.fire(PlanningDataChanged.of(firmOrders.itemCodes(firmIds)));
    }
    return result;
  }

  private static OrderChange refused(String field, String key, Object... args) {
    return OrderChange.refused(Violation.of(field, key, args));
  }
}
