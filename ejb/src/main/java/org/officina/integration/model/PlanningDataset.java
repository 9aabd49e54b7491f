package org.officina.integration.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.RoutingOperation;
import org.officina.planning.model.DemandKind;
import org.officina.planning.model.MrpSource;
import org.officina.planning.model.PlanningInput;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceListLine;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.WorkCenter;
import org.officina.resources.model.WorkingCalendar;

/**
 * An exchange-format dataset as MRP plans from it: items, bills, where each routing ends, work
 * center calendars, the preferred suppliers' lead times and calendars, stock, open orders and
 * demand. Orders and demand are named by number and line ({@code SO-1/2}), as pegging shows them.
 */
public final class PlanningDataset {

  private PlanningDataset() {}

  /** The planning input of a dataset that passed its rules. */
  public static PlanningInput of(Dataset dataset) {
    PlanningInput input = new PlanningInput();
    dataset.items.forEach(item -> input.item(item.value()));
    dataset.bom.forEach(line -> input.bomLine(line.value()));
    for (Dataset.Lined<RoutingOperation> line : dataset.routings) {
      RoutingOperation operation = line.value();
      if (!operation.subOperation()) {
        input.operation(
            operation.item(),
            operation.seq(),
            operation.workCenter(),
            operation.orderMinutes(),
            operation.runMinutes());
      }
    }
    Map<String, WorkingCalendar> calendars = new HashMap<>();
    for (CalendarDefinition calendar :
        new CalendarRules(dataset.calendars, error -> {}).definitions().values()) {
      calendars.put(calendar.code(), calendar.toWorkingCalendar());
    }
    for (Dataset.Lined<WorkCenter> center : dataset.workCenters) {
      String calendar = center.value().calendar();
      input.workCenter(center.value().code(), calendar == null ? null : calendars.get(calendar));
    }
    supplierTerms(dataset, calendars, input);
    Map<String, Boolean> nettable = new HashMap<>();
    dataset.warehouses.forEach(w -> nettable.put(w.value().code(), w.value().nettable()));
    dataset.locations.forEach(
        l -> nettable.put(l.value().warehouse() + "/" + l.value().code(), l.value().nettable()));
    dataset.stock.stream()
        .map(Dataset.Lined::value)
        .filter(
            s ->
                nettable.getOrDefault(
                    s.warehouse() + "/" + s.location(), nettable.getOrDefault(s.warehouse(), true)))
        .forEach(s -> input.onHand(s.item(), s.qty()));
    dataset.supply.forEach(
        s ->
            input.receipt(
                s.value().item(),
                s.value().dueDate(),
                s.value().qty(),
                s.value().number() + "/" + s.value().line(),
                MrpSource.valueOf(s.value().type().name())));
    dataset.demand.forEach(
        d ->
            input.demand(
                d.value().item(),
                d.value().dueDate(),
                d.value().qty(),
                d.value().number() + "/" + d.value().line(),
                DemandKind.valueOf(d.value().type().name())));
    return input;
  }

  /**
   * Each item's preferred supplier's terms: for each of its price lists of the whole item, the
   * period and lead time, with the calendar the supplier keeps; without such a list, the calendar
   * alone.
   */
  private static void supplierTerms(
      Dataset dataset, Map<String, WorkingCalendar> calendars, PlanningInput input) {
    Map<String, String> calendarOf = new HashMap<>();
    dataset.suppliers.forEach(
        s -> {
          if (s.value().calendar() != null && !s.value().calendar().isEmpty()) {
            calendarOf.put(s.value().code(), s.value().calendar());
          }
        });
    List<PriceListLine> lines = dataset.priceLists.stream().map(Dataset.Lined::value).toList();
    // The whole item's lists by item and supplier, gathered once: a plant has many thousands.
    Map<List<String>, List<PriceList>> wholeItem = new HashMap<>();
    PriceListLine.lists(lines).stream()
        .filter(l -> l.operation() == null)
        .forEach(
            l ->
                wholeItem
                    .computeIfAbsent(List.of(l.item(), l.supplier()), k -> new ArrayList<>())
                    .add(l));
    PriceListLine.preferred(lines)
        .forEach(
            (item, supplier) -> {
              WorkingCalendar calendar =
                  calendarOf.containsKey(supplier) ? calendars.get(calendarOf.get(supplier)) : null;
              List<PriceList> own = wholeItem.getOrDefault(List.of(item, supplier), List.of());
              if (own.isEmpty()) {
                input.supplierTerms(
                    item, new PlanningInput.SupplierTerms(null, null, null, calendar));
              }
              own.forEach(
                  l ->
                      input.supplierTerms(
                          item,
                          new PlanningInput.SupplierTerms(
                              l.validFrom(), l.validTo(), l.leadTimeDays(), calendar)));
            });
  }
}
