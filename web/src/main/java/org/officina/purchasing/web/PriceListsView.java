package org.officina.purchasing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.officina.purchasing.application.PriceListService;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.Supplier;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;
import org.officina.shared.web.PlantZone;

/**
 * The price lists page: every supplier's list (listino) with its breaks, filtered by item, the
 * preferred supplier of each item marked; a buyer adds or replaces a list (up to three breaks at a
 * time, more by REST or price_lists.csv) or removes one.
 */
@Named
@ViewScoped
public class PriceListsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int DRAFT_BREAKS = 3;

  @Inject transient PriceListService priceLists;
  @Inject transient PurchasingService purchasing;
  @Inject transient PlantZone plantZone;

  private String item;
  private List<PriceList> lists = new ArrayList<>();
  private Map<String, String> preferred = Map.of();
  private final PriceListDraft draft = new PriceListDraft(DRAFT_BREAKS);

  /** A new list holds from the plant's today unless the buyer says otherwise. */
  @PostConstruct
  void start() {
    draft.setValidFrom(LocalDate.now(plantZone.zone()));
    load();
  }

  private void load() {
    lists = item == null || item.isBlank() ? priceLists.all() : priceLists.ofItem(item.strip());
    preferred = priceLists.preferred();
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public void search() {
    load();
  }

  public List<PriceList> getLists() {
    return lists;
  }

  public boolean preferred(PriceList list) {
    return list.supplier().equals(preferred.get(list.item()));
  }

  public List<Supplier> getSuppliers() {
    return purchasing.suppliers();
  }

  public PriceListDraft getDraft() {
    return draft;
  }

  public void save() {
    PriceList list = draft.toList();
    Outcome<Void> saved =
        priceLists.save(
            List.of(list),
            draft.isPreferred() && list.item() != null
                ? Map.of(list.item(), list.supplier())
                : Map.of());
    if (saved instanceof Outcome.Refused<Void> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    Messages.info("priceLists.saved", list.supplier(), list.item());
    item = list.item();
    load();
  }

  public void remove(PriceList list) {
    priceLists.remove(list.key());
    Messages.info("priceLists.removed", list.supplier(), list.item());
    load();
  }
}
