package org.officina.integration.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemKind;

/**
 * What Officina already holds that a dataset may refer to without defining it: the codes of each
 * kind, what each item is, every bill of materials (for the cycle check across old and new bills),
 * the operation numbers of every routing and the warehouses.
 */
public record Catalog(
    Map<String, ItemKind> items,
    Set<String> calendars,
    Set<String> departments,
    Set<String> workCenters,
    Set<String> tools,
    Map<String, Boolean> suppliers,
    Collection<BomLine> bom,
    Map<String, Set<Integer>> operations,
    Set<String> warehouses) {

  /** An empty database. */
  public static Catalog empty() {
    return new Catalog(
        Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), List.of(), Map.of(), Set.of());
  }
}
