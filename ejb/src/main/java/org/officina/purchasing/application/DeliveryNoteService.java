package org.officina.purchasing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.application.WarehouseService;
import org.officina.inventory.model.MovementReason;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.purchasing.model.DeliveryNotes;
import org.officina.purchasing.model.PriceListRules;
import org.officina.purchasing.model.PurchasingEvent;
import org.officina.purchasing.model.SubcontractComponent;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrders;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Delivery notes of conto lavoro (DDT): components of open subcontract orders sent by lot from our
 * warehouses to the subcontractor's own warehouse, each note numbered without gaps within its year
 * when it is posted; a note is reversed, its stock brought back, while nothing of the orders it
 * served was consumed or returned.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class DeliveryNoteService {

  private static final int MOST_LINES = 200;
  private static final int MOST_TEXT = 200;
  private static final int MOST_CLIENT_ID = 100;

  /** A component of an order to send: its quantity, from a warehouse, the lots named first. */
  public record Send(String order, int component, BigDecimal qty, String from, List<String> lots) {}

  @Inject SubcontractOrders orders;
  @Inject DeliveryNotes notes;
  @Inject SubcontractOrderService subcontracts;
  @Inject WarehouseService warehouses;
  @Inject PurchasingService purchasing;
  @Inject MaterialFlowService flow;
  @Inject OperationShipments operations;
  @Inject jakarta.enterprise.event.Event<PurchasingEvent> events;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  @RolesAllowed({
    Roles.PLANNER,
    Roles.SUPERVISOR,
    Roles.COST_ACCOUNTANT,
    Roles.ADMIN,
    Roles.INTEGRATION
  })
  public Optional<DeliveryNote> find(String number) {
    return notes.note(number);
  }

  @RolesAllowed({
    Roles.PLANNER,
    Roles.SUPERVISOR,
    Roles.COST_ACCOUNTANT,
    Roles.ADMIN,
    Roles.INTEGRATION
  })
  public List<DeliveryNote> notes(String supplier, int limit) {
    return notes.notes(supplier, Math.max(1, Math.min(limit, 500)));
  }

  /**
   * Posts a note to a subcontractor, all or none, naming every wrong line. A note posted again with
   * its client id (a double submit, a retry) answers the note posted and sends nothing more.
   */
  public Outcome<DeliveryNote> post(
      String supplier, String carrier, String clientId, List<Send> sends) {
    Optional<Outcome<DeliveryNote>> repeat = repeat(clientId, supplier);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    boolean subcontractor =
        purchasing.suppliers().stream()
            .anyMatch(s -> s.code().equals(supplier) && s.subcontractor());
    if (!subcontractor) {
      return Outcome.invalid(
          List.of(Violation.of("supplier", "supplier.notSubcontractor", String.valueOf(supplier))));
    }
    List<Violation> violations = new ArrayList<>();
    if (sends.isEmpty() || sends.size() > MOST_LINES) {
      violations.add(Violation.of("lines", "value.range", sends.size(), 1, MOST_LINES));
    }
    if (carrier != null && carrier.length() > MOST_TEXT) {
      violations.add(Violation.of("carrier", "text.tooLong", MOST_TEXT));
    }
    if (clientId != null && clientId.length() > MOST_CLIENT_ID) {
      violations.add(Violation.of("client_id", "text.tooLong", MOST_CLIENT_ID));
    }
    Map<String, SubcontractOrder> locked =
        operations.lock(sends.stream().map(Send::order).filter(o -> o != null).toList());
    repeat = repeat(clientId, supplier);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    List<String> items = new ArrayList<>();
    java.util.Set<String> ours = warehouses.ours();
    for (int k = 0; k < sends.size(); k++) {
      Send s = sends.get(k);
      String where = "lines[" + (k + 1) + "].";
      SubcontractOrder order = s.order() == null ? null : locked.get(s.order());
      Optional<SubcontractComponent> component =
          order == null
              ? Optional.empty()
              : order.components().stream().filter(c -> c.line() == s.component()).findFirst();
      if (s.order() == null) {
        violations.add(Violation.of(where + "order", "value.required"));
      } else if (order == null) {
        violations.add(Violation.of(where + "order", "subcontract.notFound", s.order()));
      } else if (!order.supplier().equals(supplier) || !order.status().open()) {
        violations.add(Violation.of(where + "order", "subcontract.notToShip", s.order(), supplier));
      } else if (component.isEmpty()) {
        violations.add(
            Violation.of(where + "component", "subcontract.noComponent", s.order(), s.component()));
      }
      if (s.qty() == null || s.qty().signum() <= 0) {
        violations.add(Violation.of(where + "qty", "value.positive", String.valueOf(s.qty())));
      } else if (s.qty().compareTo(PriceListRules.MAX_VALUE) > 0) {
        violations.add(
            Violation.of(where + "qty", "value.range", s.qty(), 0, PriceListRules.MAX_VALUE));
      }
      if (!ours.contains(s.from())) {
        violations.add(
            Violation.of(where + "from", "subcontract.notOurWarehouse", String.valueOf(s.from())));
      }
      if (component.isPresent()
          && !component.get().inProcess()
          && s.qty() != null
          && s.qty().signum() > 0) {
        missingLots(component.get().item(), s)
            .forEach(
                lot ->
                    violations.add(
                        Violation.of(where + "lots", "deliveryNote.noLot", lot, s.from())));
      }
      items.add(component.map(SubcontractComponent::item).orElse(null));
    }
    violations.addAll(operations.piecesBeyondMade(locked, sends));
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    Outcome<String> toWarehouse = warehouses.subcontractorWarehouse(supplier);
    if (!(toWarehouse instanceof Outcome.Done<String> found)) {
      return Outcome.invalid(((Outcome.Refused<String>) toWarehouse).violations());
    }
    String to = found.value();
    List<MaterialFlowService.Move> moves = new ArrayList<>();
    for (int k = 0; k < sends.size(); k++) {
      Send s = sends.get(k);
      if (!OperationShipments.inProcess(locked, s.order(), s.component())) {
        moves.add(
            new MaterialFlowService.Move(
                items.get(k), s.from(), s.lots(), s.qty(), to, MovementReason.TRANSFER));
      }
    }
    LocalDate today = subcontracts.today();
    String number = DeliveryNote.number(today.getYear(), notes.nextNumber(today.getYear()));
    Outcome<List<MaterialFlowService.Moved>> moved = flow.move(number, moves);
    if (moved instanceof Outcome.Refused<List<MaterialFlowService.Moved>> refused) {
      return Outcome.refused(refused.refusal(), refused.violations());
    }
    List<DeliveryNote.Line> lines = new ArrayList<>();
    List<MaterialFlowService.Moved> takes =
        ((Outcome.Done<List<MaterialFlowService.Moved>>) moved).value();
    int take = 0;
    for (int k = 0; k < sends.size(); k++) {
      Send s = sends.get(k);
      if (OperationShipments.inProcess(locked, s.order(), s.component())) {
        // The production order's pieces are not stock: the note carries them, nothing moves.
        lines.add(
            new DeliveryNote.Line(
                lines.size() + 1, s.order(), s.component(), items.get(k), null, s.qty(), s.from()));
        continue;
      }
      BigDecimal left = s.qty();
      while (left.signum() > 0) {
        MaterialFlowService.Moved m = takes.get(take++);
        lines.add(
            new DeliveryNote.Line(
                lines.size() + 1, s.order(), s.component(), m.item(), m.lot(), m.qty(), s.from()));
        left = left.subtract(m.qty());
      }
    }
    DeliveryNote note =
        new DeliveryNote(
            number, today, supplier, to, carrier, false, user(), clock.instant(), lines);
    notes.insertNote(note, clientId);
    shipped(locked, lines, BigDecimal.ONE);
    operations.shipped(locked, lines, true);
    events.fire(
        new PurchasingEvent(
            PurchasingEvent.Type.DeliveryNotePosted,
            number,
            supplier,
            null,
            null,
            note.postedBy(),
            note.postedAt()));
    return new Outcome.Done<>(note);
  }

  /** The lots a line names that its warehouse holds none of: a note sends what it names. */
  private List<String> missingLots(String item, Send s) {
    if (s.lots().isEmpty()) {
      return List.of();
    }
    java.util.Set<String> held = flow.lotsIn(item, s.from());
    return s.lots().stream().filter(lot -> !held.contains(lot)).toList();
  }

  /** The note a client id posted, or a conflict when it went to another subcontractor. */
  private Optional<Outcome<DeliveryNote>> repeat(String clientId, String supplier) {
    if (clientId == null) {
      return Optional.empty();
    }
    return notes
        .noteOf(clientId)
        .map(
            note ->
                note.supplier().equals(supplier)
                    ? new Outcome.Done<>(note)
                    : Outcome.refused(
                        Outcome.Refusal.CONFLICT,
                        Violation.of(
                            "client_id",
                            "deliveryNote.clientIdReused",
                            clientId,
                            note.number(),
                            note.supplier())));
  }

  /**
   * Reverses a note: what it sent comes back to the warehouses and lots it left, while nothing of
   * the components it sent was consumed or returned.
   */
  public Outcome<DeliveryNote> reverse(String number) {
    Optional<DeliveryNote> found = notes.note(number);
    if (found.isEmpty()) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, Violation.of("number", "deliveryNote.notFound", number));
    }
    DeliveryNote note = found.get();
    Map<String, SubcontractOrder> locked =
        operations.lock(note.lines().stream().map(DeliveryNote.Line::order).toList());
    boolean touched =
        note.lines().stream()
            .anyMatch(
                l ->
                    locked.get(l.order()).components().stream()
                        .anyMatch(
                            c ->
                                c.line() == l.componentLine()
                                    && (c.consumed().signum() > 0 || c.returned().signum() > 0)));
    // Marked first: a second reversal at once waits on the note's row, then finds it reversed.
    if (touched || !notes.markReversed(number)) {
      return Outcome.refused(
          Outcome.Refusal.CONFLICT, Violation.of("number", "deliveryNote.cannotReverse", number));
    }
    List<MaterialFlowService.Move> back =
        note.lines().stream()
            .filter(l -> !OperationShipments.inProcess(locked, l.order(), l.componentLine()))
            .map(
                l ->
                    new MaterialFlowService.Move(
                        l.item(),
                        note.toWarehouse(),
                        l.lot() == null ? List.of() : List.of(l.lot()),
                        l.qty(),
                        l.fromWarehouse(),
                        MovementReason.TRANSFER))
            .toList();
    Outcome<List<MaterialFlowService.Moved>> moved = flow.move(number, back);
    if (moved instanceof Outcome.Refused<List<MaterialFlowService.Moved>> refused) {
      return Outcome.refused(refused.refusal(), refused.violations());
    }
    shipped(locked, note.lines(), BigDecimal.ONE.negate());
    operations.shipped(locked, note.lines(), false);
    return new Outcome.Done<>(notes.note(number).orElseThrow());
  }

  /** Adds (sign 1) or takes back (-1) what lines shipped to their orders' components. */
  private void shipped(
      Map<String, SubcontractOrder> locked, List<DeliveryNote.Line> lines, BigDecimal sign) {
    for (SubcontractOrder order : locked.values()) {
      List<SubcontractComponent> after =
          order.components().stream()
              .map(
                  c -> {
                    BigDecimal sent =
                        lines.stream()
                            .filter(
                                l ->
                                    l.order().equals(order.number())
                                        && l.componentLine() == c.line())
                            .map(DeliveryNote.Line::qty)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    return c.shipping(sent.multiply(sign));
                  })
              .toList();
      SubcontractOrder changed = order.withComponents(after);
      orders.update(changed, clock.instant());
      subcontracts.keep(changed);
    }
  }

  private String user() {
    return session.getCallerPrincipal().getName();
  }
}
