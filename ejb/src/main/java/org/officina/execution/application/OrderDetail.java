package org.officina.execution.application;

import java.util.List;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.OrderTransition;
import org.officina.execution.model.ProductionOrder;
import org.officina.inventory.model.Reservation;

/** A production order with everything it carries: the order's page in the portal and in REST. */
public record OrderDetail(
    ProductionOrder order,
    List<OrderMaterial> materials,
    List<OrderOperation> operations,
    List<Reservation> reservations,
    List<Long> documents,
    List<OrderTransition> history) {}
