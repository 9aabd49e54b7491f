package org.officina.engineering.application;

import static org.officina.shared.model.Outcome.Refusal.*;
import static org.officina.shared.model.Outcome.refused;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemChanged;
import org.officina.engineering.model.ItemChanged.Change;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ItemField;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.engineering.model.ItemSearch;
import org.officina.engineering.model.Items;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Page;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * The item master's use cases, each one transaction. People change items as planners or
 * administrators; other corporate systems through the integration account. Every change is
 * announced as an {@link ItemChanged} event inside the transaction, so that what is published is
 * exactly what was committed.
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
public class ItemService {

  @Inject Items items;
  @Inject Event<ItemChanged> changes;
  @Inject Event<PlanningDataChanged> planningChanges;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  public Optional<Item> find(String code) {
    return items.byCode(code);
  }

  public Page<Item> search(ItemSearch search) {
    return items.search(search);
  }

  /** The items with these codes, as their data, by code: what a list of lines shows of each. */
  public Map<String, ItemData> data(Collection<String> codes) {
    Map<String, ItemData> data = new java.util.HashMap<>();
    items.byCodes(codes).forEach((code, item) -> data.put(code, item.data()));
    return data;
  }

  /** The descriptions of the items with these codes, by code. */
  public Map<String, String> descriptions(Collection<String> codes) {
    Map<String, String> descriptions = new java.util.HashMap<>();
    items.byCodes(codes).forEach((code, item) -> descriptions.put(code, item.description()));
    return descriptions;
  }

  /** What every item is (supply type and unit), by code. */
  public Map<String, ItemKind> kinds() {
    return items.kinds();
  }

  /**
   * What the items with these codes are (supply type and unit), by code; unknown codes left out.
   */
  public Map<String, ItemKind> kinds(Collection<String> codes) {
    return items.kinds(codes);
  }

  /** How the items with these codes are issued to production orders, by code. */
  public Map<String, IssueMethod> issueMethods(Collection<String> codes) {
    return items.issueMethods(codes);
  }

  /**
   * How far a subcontractor may consume more or less than the bill says of the items with these
   * codes, in percent, by code: items without a tolerance left out.
   */
  public Map<String, BigDecimal> consumptionTolerances(Collection<String> codes) {
    return items.consumptionTolerances(codes);
  }

  /**
   * The next items in code order after the given code (from the first, for null), at most {@code
   * limit}.
   */
  public List<Item> after(String code, int limit) {
    return items.after(code, limit);
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Item> create(ItemData data) {
    List<Violation> violations = ItemRules.check(data);
    if (!violations.isEmpty()) {
      return refused(INVALID, violations);
    }
    if (items.byCode(data.code()).isPresent()) {
      return refused(
          CONFLICT, List.of(Violation.of(ItemField.CODE, "item.code.taken", data.code())));
    }
    Item item = Item.create(data, user(), now());
    items.add(item);
    changes.fire(new ItemChanged(Change.CREATED, data, item.createdBy(), item.createdAt()));
    planningChanges.fire(PlanningDataChanged.of(List.of(data.code())));
    return new Outcome.Done<>(item);
  }

  /**
   * Revises an item. With an expected version (the one the requester read), a change made meanwhile
   * by somebody else is refused rather than silently overwritten.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Item> update(String code, ItemData data, Long expectedVersion) {
    Optional<Item> found = items.byCode(code);
    if (found.isEmpty()) {
      return refused(NOT_FOUND, List.of(Violation.of(ItemField.CODE, "item.notFound", code)));
    }
    Item item = found.get();
    if (!code.equals(data.code())) {
      return refused(INVALID, List.of(Violation.of(ItemField.CODE, "item.code.immutable", code)));
    }
    List<Violation> violations = ItemRules.check(data);
    if (!violations.isEmpty()) {
      return refused(INVALID, violations);
    }
    if (expectedVersion != null && expectedVersion != item.version()) {
      return refused(
          STALE,
          List.of(
              Violation.of(
                  ItemField.CODE, "item.stale", code, item.changedBy(), item.changedAt())));
    }
    if (item.revise(data, user(), now())) {
      changes.fire(new ItemChanged(Change.UPDATED, data, item.changedBy(), item.changedAt()));
      planningChanges.fire(PlanningDataChanged.of(List.of(code)));
    }
    return new Outcome.Done<>(item);
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Item> delete(String code) {
    Optional<Item> found = items.byCode(code);
    if (found.isEmpty()) {
      return refused(NOT_FOUND, List.of(Violation.of(ItemField.CODE, "item.notFound", code)));
    }
    items.remove(found.get());
    changes.fire(new ItemChanged(Change.DELETED, found.get().data(), user(), now()));
    planningChanges.fire(PlanningDataChanged.everything());
    return new Outcome.Done<>(null);
  }

  /**
   * Creates the items that do not exist and revises those that do, in the caller's transaction: an
   * import that fails part-way writes nothing. The data must keep the rules and name each code
   * once; importers check both and report the errors with their lines before calling.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public ImportSummary importItems(Collection<ItemData> batch) {
    requireDistinctCodes(batch);
    Map<String, Item> existing = items.byCodes(batch.stream().map(ItemData::code).toList());
    String user = user();
    Instant now = now();
    int created = 0;
    int updated = 0;
    List<String> changed = new ArrayList<>();
    for (ItemData data : batch) {
      Item item = existing.get(data.code());
      if (item == null) {
        items.add(Item.create(data, user, now));
        changes.fire(new ItemChanged(Change.CREATED, data, user, now));
        changed.add(data.code());
        created++;
      } else if (item.revise(data, user, now)) {
        changes.fire(new ItemChanged(Change.UPDATED, data, user, now));
        changed.add(data.code());
        updated++;
      }
    }
    planningChanges.fire(PlanningDataChanged.of(changed));
    items.writeOutAndForget();
    return new ImportSummary(created, updated, batch.size() - created - updated);
  }

  private static void requireDistinctCodes(Collection<ItemData> batch) {
    List<String> repeated = new ArrayList<>();
    var seen = new HashSet<String>();
    batch.stream().map(ItemData::code).filter(code -> !seen.add(code)).forEach(repeated::add);
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException("an import names these codes more than once: " + repeated);
    }
  }

  private String user() {
    return session.getCallerPrincipal().getName();
  }

  private Instant now() {
    return clock.instant();
  }
}
