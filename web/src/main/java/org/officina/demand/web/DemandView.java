package org.officina.demand.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.officina.demand.application.DemandService;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;
import org.officina.shared.web.LineTable;

/** The demand page: sales order lines and forecasts, filtered and paged in the database. */
@Named
@ViewScoped
public class DemandView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DemandService demand;
  private LineTable<DemandLine> table;

  public LineTable<DemandLine> getTable() {
    if (table == null) {
      table = new LineTable<>(demand::search, l -> l.type() + "|" + l.number() + "|" + l.line());
    }
    return table;
  }

  public DemandType[] getTypes() {
    return DemandType.values();
  }
}
