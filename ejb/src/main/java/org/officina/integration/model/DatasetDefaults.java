package org.officina.integration.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.officina.integration.model.Dataset.Lined;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.resources.model.Department;

/**
 * What a dataset defines without a line of its own: the departments its work centers name and the
 * suppliers its routings and orders name, when neither the dataset nor Officina defines them.
 */
public final class DatasetDefaults {

  private DatasetDefaults() {}

  /** The dataset's suppliers, and one for each supplier code it names that nobody defines. */
  public static List<Supplier> suppliers(Dataset dataset, Collection<Supplier> known) {
    Set<String> defined = known.stream().map(Supplier::code).collect(Collectors.toSet());
    List<Supplier> suppliers = new ArrayList<>(Dataset.values(dataset.suppliers));
    suppliers.forEach(s -> defined.add(s.code()));
    Map<String, Boolean> named = new LinkedHashMap<>();
    dataset.routings.stream()
        .map(Lined::value)
        .filter(o -> o.subcontractor() != null)
        .forEach(o -> named.put(o.subcontractor(), true));
    dataset.supply.stream()
        .map(Lined::value)
        .filter(l -> l.supplier() != null)
        .forEach(
            l ->
                named.merge(
                    l.supplier(), l.type() == SupplyOrderType.SUBCONTRACT, Boolean::logicalOr));
    named.forEach(
        (code, subcontractor) -> {
          if (!defined.contains(code)) {
            suppliers.add(new Supplier(code, code, subcontractor, null));
          }
        });
    return suppliers;
  }

  /** The dataset's departments, and one in the default plant for each other one it names. */
  public static List<Department> departments(Dataset dataset, Collection<Department> known) {
    Set<String> defined = known.stream().map(Department::code).collect(Collectors.toSet());
    List<Department> departments = new ArrayList<>(Dataset.values(dataset.departments));
    departments.forEach(d -> defined.add(d.code()));
    dataset.workCenters.stream()
        .map(w -> w.value().department())
        .distinct()
        .filter(d -> !defined.contains(d))
        .forEach(d -> departments.add(new Department(d, "", Department.DEFAULT_PLANT)));
    return departments;
  }

  /** The values grouped by a key, groups and values in the order of the file. */
  public static <T> Map<String, List<T>> byKey(List<Lined<T>> lines, Function<T, String> key) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    lines.forEach(
        l -> groups.computeIfAbsent(key.apply(l.value()), k -> new ArrayList<>()).add(l.value()));
    return groups;
  }
}
