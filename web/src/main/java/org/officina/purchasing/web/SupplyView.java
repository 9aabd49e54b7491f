package org.officina.purchasing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.SupplyLine;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.web.LineTable;

/** The supply page: open purchase, production and subcontract lines, paged in the database. */
@Named
@ViewScoped
public class SupplyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PurchasingService purchasing;
  private LineTable<SupplyLine> table;

  public LineTable<SupplyLine> getTable() {
    if (table == null) {
      table =
          new LineTable<>(purchasing::search, l -> l.type() + "|" + l.number() + "|" + l.line());
    }
    return table;
  }

  public SupplyOrderType[] getTypes() {
    return SupplyOrderType.values();
  }
}
