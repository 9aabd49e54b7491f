package org.officina.purchasing.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.officina.purchasing.application.DeliveryNoteService;
import org.officina.purchasing.model.SubcontractOrder;

/**
 * The shipment form of the subcontracting workbench: the warehouse the components leave from and
 * the carrier; the note sends what may go now (what the order still needs, and the production
 * order's pieces made for its operations), lots first in, first out. A note sent twice from one
 * form (a double click) is posted once.
 */
public class ShipmentDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String from;
  private String carrier;
  private String clientId;

  /** A fresh form, whose client id makes a double submit one note. */
  void reset(SubcontractOrder order) {
    from = order == null ? null : order.warehouse();
    carrier = null;
    clientId = UUID.randomUUID().toString();
  }

  String clientId() {
    return clientId;
  }

  List<DeliveryNoteService.Send> sends(
      SubcontractOrder order, List<SubcontractOrder.Shortfall> toShip) {
    return toShip.stream()
        .map(s -> new DeliveryNoteService.Send(order.number(), s.line(), s.qty(), from, List.of()))
        .toList();
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getCarrier() {
    return carrier == null || carrier.isBlank() ? null : carrier.strip();
  }

  public void setCarrier(String carrier) {
    this.carrier = carrier;
  }
}
