package org.officina.engineering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemSearch;
import org.officina.engineering.model.Items;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.shared.model.Page;

/** The item master in the database, through JPA. */
@ApplicationScoped
public class JpaItems implements Items {

  /** Oracle refuses an IN list longer than 1000. */
  private static final int IN_LIST_LIMIT = 1000;

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Item> byCode(String code) {
    return em.createQuery("select i from Item i where i.code = :code", Item.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<String, Item> byCodes(Collection<String> codes) {
    List<String> all = List.copyOf(codes);
    Map<String, Item> found = new HashMap<>(all.size() * 2);
    for (int from = 0; from < all.size(); from += IN_LIST_LIMIT) {
      List<String> slice = all.subList(from, Math.min(all.size(), from + IN_LIST_LIMIT));
      em.createQuery("select i from Item i where i.code in :codes", Item.class)
          .setParameter("codes", slice)
          .getResultList()
          .forEach(item -> found.put(item.code(), item));
    }
    return found;
  }

  @Override
  public Page<Item> search(ItemSearch search) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Item> query = cb.createQuery(Item.class);
    Root<Item> item = query.from(Item.class);
    query.where(criteria(cb, item, search));
    Expression<?> sortKey = item.get(attribute(search.sortBy()));
    query.orderBy(
        search.descending() ? cb.desc(sortKey) : cb.asc(sortKey), cb.asc(item.get("code")));
    List<Item> content =
        em.createQuery(query)
            .setFirstResult(search.offset())
            .setMaxResults(search.limit())
            .getResultList();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Item> counted = count.from(Item.class);
    count.select(cb.count(counted)).where(criteria(cb, counted, search));
    return new Page<>(content, em.createQuery(count).getSingleResult());
  }

  @Override
  public List<Item> after(String code, int limit) {
    String jpql =
        code == null
            ? "select i from Item i order by i.code"
            : "select i from Item i where i.code > :code order by i.code";
    var query = em.createQuery(jpql, Item.class).setMaxResults(limit);
    if (code != null) {
      query.setParameter("code", code);
    }
    return query.getResultList();
  }

  private static Predicate[] criteria(CriteriaBuilder cb, Root<Item> item, ItemSearch search) {
    List<Predicate> criteria = new ArrayList<>();
    if (search.code() != null && !search.code().isBlank()) {
      criteria.add(cb.like(cb.upper(item.get("code")), likePattern(search.code(), false), '\\'));
    }
    if (search.description() != null && !search.description().isBlank()) {
      criteria.add(
          cb.like(
              cb.upper(item.get("description")), likePattern(search.description(), true), '\\'));
    }
    if (search.supplyType() != null) {
      criteria.add(cb.equal(item.get("supplyType"), search.supplyType()));
    }
    if (search.uom() != null) {
      criteria.add(cb.equal(item.get("uom"), search.uom()));
    }
    if (search.lotRule() != null) {
      criteria.add(cb.equal(item.get("lotRule"), search.lotRule()));
    }
    return criteria.toArray(Predicate[]::new);
  }

  /**
   * Codes match from their start, descriptions anywhere; the user's text is literal, never a
   * wildcard.
   */
  private static String likePattern(String text, boolean anywhere) {
    String literal =
        text.trim()
            .toUpperCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return (anywhere ? "%" : "") + literal + "%";
  }

  private static String attribute(ItemSearch.SortField field) {
    return switch (field) {
      case CODE -> "code";
      case DESCRIPTION -> "description";
      case SUPPLY_TYPE -> "supplyType";
      case UOM -> "uom";
      case LEAD_TIME_DAYS -> "leadTimeDays";
      case LOT_RULE -> "lotRule";
      case SAFETY_STOCK -> "safetyStock";
      case CHANGED_AT -> "changedAt";
    };
  }

  @Override
  public Map<String, ItemKind> kinds() {
    Map<String, ItemKind> kinds = new HashMap<>();
    em.createQuery("SELECT i.code, i.supplyType, i.uom FROM Item i", Object[].class)
        .getResultStream()
        .forEach(
            row ->
                kinds.put(
                    (String) row[0], new ItemKind((SupplyType) row[1], (UnitOfMeasure) row[2])));
    return kinds;
  }

  @Override
  public Map<String, ItemKind> kinds(Collection<String> codes) {
    Map<String, ItemKind> kinds = new HashMap<>();
    columnsOf(
        codes,
        "i.supplyType, i.uom",
        row ->
            kinds.put((String) row[0], new ItemKind((SupplyType) row[1], (UnitOfMeasure) row[2])));
    return kinds;
  }

  @Override
  public Map<String, IssueMethod> issueMethods(Collection<String> codes) {
    Map<String, IssueMethod> methods = new HashMap<>();
    columnsOf(codes, "i.issueMethod", row -> methods.put((String) row[0], (IssueMethod) row[1]));
    return methods;
  }

  @Override
  public Map<String, java.math.BigDecimal> consumptionTolerances(Collection<String> codes) {
    Map<String, java.math.BigDecimal> tolerances = new HashMap<>();
    columnsOf(
        codes,
        "i.consumptionTolerancePct",
        row -> {
          if (row[1] != null) {
            tolerances.put((String) row[0], (java.math.BigDecimal) row[1]);
          }
        });
    return tolerances;
  }

  /**
   * Reads some columns of the items with these codes, the code first, without loading the items
   * into the persistence context.
   */
  private void columnsOf(Collection<String> codes, String columns, Consumer<Object[]> row) {
    List<String> all = List.copyOf(codes);
    for (int from = 0; from < all.size(); from += IN_LIST_LIMIT) {
      em.createQuery(
              "SELECT i.code, " + columns + " FROM Item i WHERE i.code IN :codes", Object[].class)
          .setParameter("codes", all.subList(from, Math.min(all.size(), from + IN_LIST_LIMIT)))
          .getResultStream()
          .forEach(row);
    }
  }

  @Override
  public void writeOutAndForget() {
    em.flush();
    em.clear();
  }

  @Override
  public void add(Item item) {
    em.persist(item);
  }

  @Override
  public void remove(Item item) {
    em.remove(em.contains(item) ? item : em.merge(item));
  }
}
