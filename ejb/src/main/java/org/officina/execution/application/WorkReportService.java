package org.officina.execution.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.officina.engineering.application.ItemService;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.DeclarationRules;
import org.officina.execution.model.OperationClock;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.execution.model.Repeats;
import org.officina.execution.model.ReportIds;
import org.officina.execution.model.ReportSource;
import org.officina.execution.model.TerminalAction;
import org.officina.execution.model.WorkKind;
import org.officina.execution.model.WorkReport;
import org.officina.execution.model.WorkReports;
import org.officina.purchasing.application.SubcontractedOperationService;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Declarations from the floor (raccolta dati): from the terminal's buttons, and from other
 * terminals, machines and systems over REST and JMS. A declaration is checked whole before anything
 * is written; it is applied once however often it is sent (by its client id, which another
 * declaration may not reuse); declarations on one order take turns on the order's lock, so none is
 * lost.
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
public class WorkReportService {

  @Inject ProductionOrders orders;
  @Inject WorkReports reports;
  @Inject DeclarationEffects effects;
  @Inject ItemService items;
  @Inject OrderBook book;
  @Inject SubcontractedOperationService subcontracted;
  @Resource SessionContext session;

  /** What a declaration did: its reports, and whether it had been applied before (a repeat). */
  public record Applied(List<WorkReport> reports, boolean repeat) {}

  /** What the operator gives with a press of the terminal. */
  public record Press(
      String clientId,
      BigDecimal goodQty,
      BigDecimal scrapQty,
      String scrapReason,
      String stopReason,
      List<String> operators,
      List<Declaration.LotUse> lots) {}

  public List<WorkReport> reportsOf(String number) {
    return orders.find(number).map(o -> reports.ofOrder(o.id())).orElse(List.of());
  }

  public DeclarationRules.Reasons reasons() {
    return reports.reasons();
  }

  /**
   * Applies a declaration from another terminal, a machine or a system, in a transaction of its
   * own: a message's refusal can then be recorded in the message's transaction while nothing of the
   * declaration is.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Applied> declare(Declaration received) {
    Declaration d = received.receivedAt(book.now());
    Predicate<List<WorkReport>> same = recorded -> Repeats.sameDeclaration(recorded, received);
    Optional<Outcome<Applied>> repeat = repeat(d.clientId(), same);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    ProductionOrder order = d.order() == null ? null : orders.lock(d.order()).orElse(null);
    repeat = repeat(d.clientId(), same);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    List<OrderOperation> operations = order == null ? List.of() : orders.operations(order.id());
    List<OrderMaterial> materials = order == null ? List.of() : orders.materials(order.id());
    List<Violation> violations = facts(order, operations, materials).check(d);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    OrderOperation operation = operation(operations, d.operationSeq());
    return effects.apply(
        Caller.of(session),
        order,
        operation,
        operations,
        materials,
        List.of(d),
        operation.progress());
  }

  /**
   * Applies a press of the terminal's buttons on an operation: the clock measures the work, which
   * is declared as any other declaration.
   */
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Applied> press(String number, int seq, TerminalAction action, Press press) {
    Optional<Outcome<Applied>> repeat =
        repeat(
            press.clientId(),
            recorded ->
                Repeats.samePress(recorded, number, seq, press.goodQty(), press.scrapQty()));
    if (repeat.isPresent()) {
      return repeat.get();
    }
    Optional<ProductionOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, Violation.of("order", "order.notFound", number));
    }
    ProductionOrder order = found.get();
    List<OrderOperation> operations = orders.operations(order.id());
    List<OrderMaterial> materials = orders.materials(order.id());
    Press bare =
        new Press(press.clientId(), null, null, null, null, press.operators(), press.lots());
    Declaration probe =
        declaration(bare, number, seq, WorkKind.SETUP, BigDecimal.ZERO, null, false);
    Facts facts = facts(order, operations, materials);
    List<Violation> violations = facts.check(probe);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    OrderOperation operation = operation(operations, seq);
    if (action == TerminalAction.PAUSE
        && !facts.reasons().stop().contains(String.valueOf(press.stopReason()))) {
      return Outcome.invalid(
          List.of(
              Violation.of(
                  "stop_reason", "workReport.stopReason", String.valueOf(press.stopReason()))));
    }
    Optional<OperationClock.Tick> tick =
        OperationClock.press(operation.progress(), action, book.now(), press.stopReason());
    if (tick.isEmpty()) {
      return Outcome.invalid(
          List.of(
              Violation.of("action", "terminal.notNow", action, operation.progress().status())));
    }
    List<Declaration> work = work(press, number, seq, tick.get().work());
    for (Declaration d : work) {
      violations.addAll(facts.check(d));
    }
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    return effects.apply(
        Caller.of(session), order, operation, operations, materials, work, tick.get().progress());
  }

  private List<Declaration> work(
      Press press, String number, int seq, List<OperationClock.Work> work) {
    List<Declaration> declarations = new ArrayList<>();
    for (int i = 0; i < work.size(); i++) {
      OperationClock.Work w = work.get(i);
      Press forThis =
          w.kind() == WorkKind.RUN
              ? press
              : new Press(press.clientId(), null, null, null, null, press.operators(), List.of());
      declarations.add(
          declaration(
              forThis,
              number,
              seq,
              w.kind(),
              w.minutes(),
              w.stopReason(),
              w.finishes(),
              ReportIds.of(press.clientId(), i)));
    }
    return declarations;
  }

  private Declaration declaration(
      Press press,
      String number,
      int seq,
      WorkKind kind,
      BigDecimal minutes,
      String stopReason,
      boolean finishes) {
    return declaration(press, number, seq, kind, minutes, stopReason, finishes, press.clientId());
  }

  private Declaration declaration(
      Press press,
      String number,
      int seq,
      WorkKind kind,
      BigDecimal minutes,
      String stopReason,
      boolean finishes,
      String clientId) {
    Instant now = book.now();
    return new Declaration(
        clientId,
        number,
        seq,
        kind,
        minutes,
        press.goodQty(),
        press.scrapQty(),
        press.scrapReason(),
        stopReason,
        finishes,
        press.operators(),
        press.lots(),
        ReportSource.TERMINAL,
        now);
  }

  /**
   * The answer to a client id already on record: what was recorded when this is the same
   * declaration again, a conflict naming the recorded one when the id is reused for another.
   */
  private Optional<Outcome<Applied>> repeat(String clientId, Predicate<List<WorkReport>> same) {
    if (clientId == null || clientId.isBlank() || reports.first(clientId).isEmpty()) {
      return Optional.empty();
    }
    List<WorkReport> recorded = reports.byClientId(clientId);
    if (same.test(recorded)) {
      return Optional.of(new Outcome.Done<>(new Applied(recorded, true)));
    }
    WorkReport first = recorded.get(0);
    return Optional.of(
        Outcome.refused(
            Outcome.Refusal.CONFLICT,
            Violation.of(
                "client_id",
                "workReport.clientId.reused",
                clientId,
                first.order(),
                first.operationSeq())));
  }

  /** What a declaration on an order is checked against, read once for all its declarations. */
  private record Facts(
      ProductionOrder order,
      List<OrderOperation> operations,
      Set<String> materials,
      DeclarationRules.Reasons reasons,
      boolean discrete,
      Set<Integer> subcontracted) {

    /**
     * The rules, and an operation a subcontract order does is declared by its returns, not by hand:
     * twice counted otherwise.
     */
    List<Violation> check(Declaration d) {
      List<Violation> violations =
          new ArrayList<>(
              DeclarationRules.check(d, order, operations, materials, reasons, discrete));
      if (subcontracted.contains(d.operationSeq())) {
        violations.add(
            Violation.of(
                "operation",
                "workReport.operation.subcontracted",
                String.valueOf(d.operationSeq()),
                order.number()));
      }
      return violations;
    }
  }

  private Facts facts(
      ProductionOrder order, List<OrderOperation> operations, List<OrderMaterial> materials) {
    boolean discrete =
        order != null
            && items.kinds(List.of(order.item())).values().stream()
                .anyMatch(k -> k.uom().isDiscrete());
    return new Facts(
        order,
        operations,
        materials.stream().map(OrderMaterial::item).collect(Collectors.toSet()),
        reasons(),
        discrete,
        subcontracted(order, operations));
  }

  /** The operations of the order, and their sub-operations, that a live subcontract order does. */
  private Set<Integer> subcontracted(ProductionOrder order, List<OrderOperation> operations) {
    if (order == null || operations.stream().allMatch(o -> o.subcontractor() == null)) {
      return Set.of();
    }
    Set<Integer> outside =
        subcontracted.of(order.number()).stream()
            .filter(SubcontractOrder::alive)
            .flatMap(o -> o.operations().seqs().stream())
            .collect(Collectors.toCollection(java.util.HashSet::new));
    operations.stream()
        .filter(o -> o.parentSeq() != null && outside.contains(o.parentSeq()))
        .forEach(o -> outside.add(o.seq()));
    return outside;
  }

  private static OrderOperation operation(List<OrderOperation> operations, int seq) {
    return operations.stream().filter(o -> o.seq() == seq).findFirst().orElseThrow();
  }
}
