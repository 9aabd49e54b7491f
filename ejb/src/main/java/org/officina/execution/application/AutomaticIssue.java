package org.officina.execution.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.model.Issue;
import org.officina.inventory.model.MovementReason;
import org.officina.shared.model.Violation;

/**
 * Issues what an order's automatic materials still need: all of it at release, and the difference
 * when a released order grows. Stock must cover it; when it does not, nothing is issued.
 */
@Dependent
public class AutomaticIssue {

  @Inject ProductionOrders orders;
  @Inject MaterialFlowService materialFlow;

  public List<Violation> issue(ProductionOrder order, List<OrderMaterial> materials) {
    List<OrderMaterial> automatic =
        materials.stream()
            .filter(m -> m.issueMethod() == IssueMethod.AUTOMATIC && m.openQty().signum() > 0)
            .toList();
    List<Issue> issues =
        automatic.stream()
            .map(
                m ->
                    new Issue(
                        order.number(),
                        m.line(),
                        m.item(),
                        m.warehouse(),
                        m.openQty(),
                        List.of(),
                        order.item(),
                        order.lot(),
                        MovementReason.ISSUE))
            .toList();
    List<Violation> violations = materialFlow.issue(issues);
    if (violations.isEmpty()) {
      orders.saveIssued(
          order.id(), automatic.stream().map(m -> m.withIssued(m.requiredQty())).toList());
    }
    return violations;
  }
}
