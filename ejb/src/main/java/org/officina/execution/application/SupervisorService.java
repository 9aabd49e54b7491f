package org.officina.execution.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.officina.execution.model.FloorFigureQueries;
import org.officina.execution.model.FloorFigures;
import org.officina.execution.model.OrderSearch;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.execution.model.WorkReport;
import org.officina.execution.model.WorkReports;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.Roles;

/**
 * The supervisor's view of the floor: orders by state and the late ones, the work in progress of
 * each department, declared against planned times, scrap by reason, the latest declarations.
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
public class SupervisorService {

  /** Scrap is counted over the last four weeks. */
  public static final Duration SCRAP_WINDOW = Duration.ofDays(28);

  @Inject ProductionOrders orders;
  @Inject FloorFigureQueries figures;
  @Inject WorkReports reports;
  @Inject PlantResourceService plant;
  Clock clock = Clock.systemUTC();

  public Map<OrderStatus, Long> ordersByStatus() {
    return orders.countByStatus();
  }

  /** Open orders due before today, the most overdue first. */
  public List<ProductionOrder> lateOrders(int limit) {
    return orders
        .search(
            new OrderSearch(null, null, null, null, null, true, 0, limit),
            LocalDate.now(clock.withZone(ZoneId.systemDefault())))
        .content();
  }

  /** Operations to do and parts to make, by department. */
  public Map<String, FloorFigures.WorkInProgress> workInProgressByDepartment() {
    Map<String, String> departmentOf = new TreeMap<>();
    for (WorkCenter center : plant.workCenters()) {
      departmentOf.put(center.code(), center.department());
    }
    Map<String, FloorFigures.WorkInProgress> byDepartment = new TreeMap<>();
    for (FloorFigures.WorkInProgress wip : figures.workInProgress()) {
      String department = departmentOf.getOrDefault(wip.workCenter(), wip.workCenter());
      byDepartment.merge(
          department,
          new FloorFigures.WorkInProgress(department, wip.operations(), wip.qty()),
          (a, b) ->
              new FloorFigures.WorkInProgress(
                  department, a.operations() + b.operations(), a.qty().add(b.qty())));
    }
    return byDepartment;
  }

  public List<FloorFigures.OperationTimes> operationTimes(int limit) {
    return figures.operationTimes(limit);
  }

  public List<FloorFigures.ScrapByReason> scrapByReason() {
    return figures.scrapByReason(clock.instant().minus(SCRAP_WINDOW));
  }

  public List<WorkReport> latestReports(int limit) {
    return reports.latest(limit);
  }
}
