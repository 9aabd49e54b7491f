package org.officina.demo.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.officina.execution.application.OrderLifecycleService;
import org.officina.execution.application.ProductionOrderService;
import org.officina.execution.application.WorkReportService;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.OrderTerms;
import org.officina.execution.model.ReportSource;
import org.officina.execution.model.TerminalAction;
import org.officina.execution.model.WorkKind;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;

/**
 * The demo plant's floor at first start, so that a new user sees work going on: production orders
 * planned, released, in progress (an operation done, one running, one in setup, one stopped for a
 * breakdown), one late and one completed, dated around today. Each step goes through the same
 * services as a planner's, a supervisor's and an operator's, in its own transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoFloor {

  private static final Logger LOG = Logger.getLogger(DemoFloor.class.getName());

  @Inject ProductionOrderService orders;
  @Inject OrderLifecycleService lifecycle;
  @Inject WorkReportService workReports;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void start() {
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    String bodies = released("SA-GP1-BODY", 20, today.minusDays(2), today.plusDays(5), 2);
    declare(bodies, 10, WorkKind.SETUP, 25, 0, 0, null, null, false);
    declare(bodies, 10, WorkKind.RUN, 42, 20, 0, null, null, true);
    declare(bodies, 20, WorkKind.SETUP, 60, 0, 0, null, null, false);
    declare(bodies, 20, WorkKind.RUN, 95, 8, 0, null, null, false);
    press(bodies, 20, TerminalAction.START_RUN, null);

    String shafts = released("SA-GP1-DRIVE", 20, today, today.plusDays(7), 3);
    press(shafts, 10, TerminalAction.START_SETUP, null);

    String spools = released("SA-DV03-SPOOL-C", 30, today.minusDays(1), today.plusDays(4), 4);
    declare(spools, 10, WorkKind.RUN, 36, 29, 1, "DIMENSION", null, true);
    press(spools, 20, TerminalAction.START_RUN, null);
    press(spools, 20, TerminalAction.PAUSE, "BREAKDOWN");

    String kits = released("KT-GP1-FIX", 50, today.minusDays(6), today.minusDays(1), 1);
    declare(kits, 10, WorkKind.RUN, 20, 30, 0, null, null, false);

    released("SA-CY50-ROD-200", 10, today.plusDays(1), today.plusDays(8), 5);
    created("SA-PU-COVER-20", 5, today.plusDays(5), today.plusDays(12), 5);

    String subplates = released("SP03-1", 12, today.minusDays(5), today.minusDays(1), 5);
    declare(subplates, 10, WorkKind.RUN, 55, 12, 0, null, null, true);
    declare(subplates, 20, WorkKind.RUN, 70, 12, 0, null, null, true);
    LOG.info("demo floor started: seven production orders");
  }

  private String created(String item, int qty, LocalDate start, LocalDate due, int priority) {
    OrderTerms terms =
        new OrderTerms(item, BigDecimal.valueOf(qty), start, due, null, null, priority, null, null);
    return done(orders.create(terms), item).number();
  }

  private String released(String item, int qty, LocalDate start, LocalDate due, int priority) {
    String number = created(item, qty, start, due, priority);
    done(lifecycle.release(number, true, null), number);
    return number;
  }

  private void declare(
      String order,
      int operation,
      WorkKind kind,
      int minutes,
      int good,
      int scrap,
      String scrapReason,
      String stopReason,
      boolean finishes) {
    Declaration declaration =
        new Declaration(
            UUID.randomUUID().toString(),
            order,
            operation,
            kind,
            BigDecimal.valueOf(minutes),
            BigDecimal.valueOf(good),
            BigDecimal.valueOf(scrap),
            scrapReason,
            stopReason,
            finishes,
            List.of(),
            List.of(),
            ReportSource.TERMINAL,
            Instant.now());
    done(workReports.declare(declaration), order + "/" + operation);
  }

  private void press(String order, int operation, TerminalAction action, String stopReason) {
    WorkReportService.Press press =
        new WorkReportService.Press(
            UUID.randomUUID().toString(), null, null, null, stopReason, List.of(), List.of());
    done(workReports.press(order, operation, action, press), order + "/" + operation);
  }

  private static <T> T done(Outcome<T> outcome, String what) {
    if (outcome instanceof Outcome.Done<T> done) {
      return done.value();
    }
    throw new IllegalStateException("the demo floor cannot be set up at " + what + ": " + outcome);
  }
}
