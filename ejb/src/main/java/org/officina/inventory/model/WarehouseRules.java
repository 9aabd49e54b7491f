package org.officina.inventory.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.officina.shared.model.Violation;

/**
 * What a warehouse or a location must be: a code of letters, digits and . _ - (at most 40), a
 * description of at most 200 characters, a subcontractor that is a supplier marked as one, a
 * location of a warehouse that exists.
 */
public final class WarehouseRules {

  public static final int CODE_MAX_LENGTH = 40;
  public static final int DESCRIPTION_MAX_LENGTH = 200;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private WarehouseRules() {}

  /**
   * @param suppliers the known suppliers, each with whether it is a subcontractor
   */
  public static List<Violation> check(Warehouse warehouse, Map<String, Boolean> suppliers) {
    List<Violation> violations = new ArrayList<>();
    code("code", warehouse.code(), violations);
    description(warehouse.description(), violations);
    String subcontractor = warehouse.subcontractor();
    if (subcontractor != null && !suppliers.containsKey(subcontractor)) {
      violations.add(Violation.of("subcontractor", "supplier.notFound", subcontractor));
    } else if (subcontractor != null && !suppliers.get(subcontractor)) {
      violations.add(Violation.of("subcontractor", "supplier.notSubcontractor", subcontractor));
    }
    return violations;
  }

  /**
   * @param warehouses the codes of the warehouses there are
   */
  public static List<Violation> check(WarehouseLocation location, Collection<String> warehouses) {
    List<Violation> violations = new ArrayList<>();
    if (location.warehouse() == null || !warehouses.contains(location.warehouse())) {
      violations.add(Violation.of("warehouse", "warehouse.notFound", location.warehouse()));
    }
    code("location", location.code(), violations);
    description(location.description(), violations);
    return violations;
  }

  private static void code(String field, String code, List<Violation> violations) {
    if (code == null || code.isBlank()) {
      violations.add(Violation.of(field, "value.required"));
    } else if (code.length() > CODE_MAX_LENGTH) {
      violations.add(Violation.of(field, "text.tooLong", CODE_MAX_LENGTH));
    } else if (!CODE.matcher(code).matches()) {
      violations.add(Violation.of(field, "warehouse.code.pattern", code));
    }
  }

  private static void description(String description, List<Violation> violations) {
    if (description.length() > DESCRIPTION_MAX_LENGTH) {
      violations.add(Violation.of("description", "text.tooLong", DESCRIPTION_MAX_LENGTH));
    }
  }

  /** Whether saving these warehouses changes what MRP may count. */
  public static boolean changesNetting(Collection<Warehouse> saved, Collection<Warehouse> before) {
    Set<String> nettable =
        Set.copyOf(before.stream().filter(Warehouse::nettable).map(Warehouse::code).toList());
    Set<String> known = Set.copyOf(before.stream().map(Warehouse::code).toList());
    return saved.stream()
        .anyMatch(w -> known.contains(w.code()) && nettable.contains(w.code()) != w.nettable());
  }
}
