package org.officina.inventory.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.officina.inventory.model.Warehouse;
import org.officina.inventory.model.WarehouseLocation;
import org.officina.inventory.model.Warehouses;
import org.officina.shared.infrastructure.Jdbc;

/** Warehouses and their locations in the database. */
@Dependent
public class JdbcWarehouses implements Warehouses {

  @PersistenceContext EntityManager em;

  @Override
  public List<Warehouse> all() {
    return Jdbc.of(em)
        .query(
            "SELECT code, description, nettable, subcontractor_code FROM warehouse ORDER BY code",
            rs ->
                new Warehouse(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)));
  }

  @Override
  public List<WarehouseLocation> locations() {
    return Jdbc.of(em)
        .query(
            "SELECT warehouse_code, code, description, nettable FROM warehouse_location"
                + " ORDER BY warehouse_code, code",
            rs ->
                new WarehouseLocation(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
  }

  @Override
  public void save(Collection<Warehouse> warehouses) {
    Jdbc jdbc = Jdbc.of(em);
    Set<String> known =
        new HashSet<>(jdbc.query("SELECT code FROM warehouse", rs -> rs.getString(1)));
    jdbc.batch(
        "UPDATE warehouse SET description = ?, nettable = ?, subcontractor_code = ? WHERE code = ?",
        warehouses.stream().filter(w -> known.contains(w.code())).toList(),
        (p, w) ->
            p.text(w.description()).bool(w.nettable()).text(w.subcontractor()).text(w.code()));
    jdbc.batch(
        "INSERT INTO warehouse (code, description, nettable, subcontractor_code)"
            + " VALUES (?, ?, ?, ?)",
        warehouses.stream().filter(w -> !known.contains(w.code())).toList(),
        (p, w) ->
            p.text(w.code()).text(w.description()).bool(w.nettable()).text(w.subcontractor()));
  }

  @Override
  public void saveLocations(Collection<WarehouseLocation> locations) {
    Jdbc jdbc = Jdbc.of(em);
    Set<List<String>> known =
        new HashSet<>(
            jdbc.query(
                "SELECT warehouse_code, code FROM warehouse_location",
                rs -> List.of(rs.getString(1), rs.getString(2))));
    jdbc.batch(
        "UPDATE warehouse_location SET description = ?, nettable = ?"
            + " WHERE warehouse_code = ? AND code = ?",
        locations.stream().filter(l -> known.contains(List.of(l.warehouse(), l.code()))).toList(),
        (p, l) -> p.text(l.description()).bool(l.nettable()).text(l.warehouse()).text(l.code()));
    jdbc.batch(
        "INSERT INTO warehouse_location (warehouse_code, code, description, nettable)"
            + " VALUES (?, ?, ?, ?)",
        locations.stream().filter(l -> !known.contains(List.of(l.warehouse(), l.code()))).toList(),
        (p, l) -> p.text(l.warehouse()).text(l.code()).text(l.description()).bool(l.nettable()));
  }
}
