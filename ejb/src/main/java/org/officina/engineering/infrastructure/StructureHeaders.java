package org.officina.engineering.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * The header rows of an item's product structure, one table per kind (bom, routing): the item, its
 * revision (up by one at each change), its version (what an editor quotes) and who changed it when.
 */
final class StructureHeaders {

  /** A header as read. */
  record Header(int revision, long version, Instant changedAt, String changedBy) {}

  private final String table;

  StructureHeaders(String table) {
    this.table = table;
  }

  Optional<Header> of(Jdbc jdbc, String item) {
    return jdbc
        .query(
            "SELECT h.revision, h.version, h.changed_at, h.changed_by FROM "
                + table
                + " h"
                + " JOIN item i ON i.id = h.item_id WHERE i.code = ?",
            rs ->
                new Header(
                    rs.getInt("revision"),
                    rs.getLong("version"),
                    SqlColumns.instant(rs, "changed_at"),
                    rs.getString("changed_by")),
            item)
        .stream()
        .findFirst();
  }

  /** The version of every header, by item code. */
  Map<String, Long> versions(Jdbc jdbc) {
    Map<String, Long> versions = new HashMap<>();
    jdbc.query(
        "SELECT i.code, h.version FROM " + table + " h JOIN item i ON i.id = h.item_id",
        rs -> versions.put(rs.getString(1), rs.getLong(2)));
    return versions;
  }

  /** Raises the revision and version of the headers of these items. */
  void revise(Jdbc jdbc, Collection<Long> items, String user, Instant now) {
    jdbc.batch(
        "UPDATE "
            + table
            + " SET revision = revision + 1, version = version + 1, changed_at = ?,"
            + " changed_by = ? WHERE item_id = ?",
        items,
        (p, item) -> p.instant(now).text(user).id(item));
  }

  /** Creates the headers of these items at revision and version 1. */
  void create(Jdbc jdbc, Collection<Long> items, String user, Instant now) {
    jdbc.batch(
        "INSERT INTO "
            + table
            + " (item_id, revision, version, changed_at, changed_by)"
            + " VALUES (?, 1, 1, ?, ?)",
        items,
        (p, item) -> p.id(item).instant(now).text(user));
  }

  /**
   * Revises one header if it is still at the version quoted, or creates it for version 0 if there
   * is none; returns whether it did.
   */
  boolean revise(Jdbc jdbc, long item, long version, String user, Instant now) {
    if (version == 0) {
      boolean exists =
          !jdbc.query("SELECT 1 FROM " + table + " WHERE item_id = ?", rs -> 1, item).isEmpty();
      if (!exists) {
        create(jdbc, List.of(item), user, now);
      }
      return !exists;
    }
    return jdbc.update(
            "UPDATE "
                + table
                + " SET revision = revision + 1, version = version + 1,"
                + " changed_at = ?, changed_by = ? WHERE item_id = ? AND version = ?",
            p -> p.instant(now).text(user).id(item).id(version))
        > 0;
  }
}
