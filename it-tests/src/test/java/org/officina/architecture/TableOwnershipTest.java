package org.officina.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one context, and a context's infrastructure reads and writes its own tables
 * only: other contexts are reached through their services, or read through a published read model.
 * The few reads that must stay set-based across contexts (the planning snapshot) are sanctioned
 * here by name, and listed in docs/architecture.md. The SQL is read from the string literals of
 * each infrastructure class; a table counts as used where a statement names it (FROM, JOIN, INTO,
 * UPDATE, TABLE) or a shared JDBC helper is given its name or its sequence's (bulk writers, ids).
 */
class TableOwnershipTest {

  private static final Path SOURCES =
      Path.of("..", "ejb", "src", "main", "java", "org", "officina");
  private static final Path CHANGELOG = Path.of("..", "ejb", "src", "main", "resources", "db");

  /** Who owns each table and view of the changelog. */
  private static final Map<String, String> OWNER =
      owners(
          Map.of(
              "engineering",
              List.of(
                  "item",
                  "item_key",
                  "bom",
                  "bom_line",
                  "routing",
                  "routing_operation",
                  "document"),
              "resources",
              List.of(
                  "plant",
                  "calendar",
                  "calendar_day",
                  "department",
                  "tool",
                  "work_center",
                  "work_center_changeover",
                  "machine",
                  "shop_operator",
                  "operator_skill"),
              "purchasing",
              List.of(
                  "supplier",
                  "supply_line",
                  "price_list",
                  "price_break",
                  "preferred_supplier",
                  "supplier_planning_terms",
                  "purchase_order",
                  "purchase_order_line",
                  "purchase_receipt",
                  "subcontract_order",
                  "subcontract_component",
                  "document_counter",
                  "delivery_note",
                  "delivery_note_line",
                  "subcontract_return"),
              "inventory",
              List.of(
                  "warehouse",
                  "warehouse_location",
                  "stock",
                  "nettable_stock",
                  "stock_movement",
                  "stock_reservation",
                  "lot_genealogy"),
              "demand",
              List.of("demand_line"),
              "planning",
              List.of(
                  "mrp_plant",
                  "mrp_run",
                  "mrp_planned_order",
                  "mrp_pegging",
                  "mrp_message",
                  "firm_planned_order",
                  "mrp_item",
                  "mrp_peg_end",
                  "mrp_net_change",
                  "mrp_nightly_claim",
                  "mrp_forecast"),
              "execution",
              List.of(
                  "production_order",
                  "order_material",
                  "order_operation",
                  "order_document",
                  "order_transition",
                  "work_report",
                  "shop_floor_reason",
                  "schedulable_operation"),
              "scheduling",
              List.of(
                  "schedule_run",
                  "schedule_operation",
                  "schedule_order",
                  "schedule_live",
                  "schedule_lock",
                  "schedule_nightly_claim",
                  "published_schedule_operation"),
              "integration",
              List.of("event_outbox"),
              "shared",
              List.of("master_data_lock")));

  /** Read models a context publishes for every other to read. */
  private static final Set<String> PUBLISHED =
      Set.of(
          "item_key",
          "nettable_stock",
          "supplier_planning_terms",
          "schedulable_operation",
          "published_schedule_operation");

  /**
   * The sanctioned cross-context reads, by class: planning's loaders take everything a run plans
   * from in a few set-based queries (one query per item is why ERP MRP runs take hours), and the
   * plan's readers name the demand and supply lines its pegging and messages point at.
   */
  private static final Set<String> PLANNING_INPUTS =
      Set.of(
          "item",
          "bom_line",
          "routing_operation",
          "work_center",
          "department",
          "supply_line",
          "demand_line");

  private static final Map<String, Set<String>> SANCTIONED =
      Map.of(
          "planning/infrastructure/JdbcPlanningSnapshot.java", PLANNING_INPUTS,
          "planning/infrastructure/JdbcNetChangeSnapshot.java", PLANNING_INPUTS,
          "planning/infrastructure/JdbcMrpPlans.java", Set.of("supply_line", "demand_line"),
          "planning/infrastructure/JdbcMrpPegging.java", Set.of("supply_line", "demand_line"),
          "planning/infrastructure/PlanAmendment.java", Set.of("supply_line"));

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern NAMED =
      Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_][a-z0-9_]*)");

  /** The shared JDBC helpers that take a table's or a sequence's name as their first argument. */
  private static final Pattern TABLE_ARGUMENT =
      Pattern.compile("\\b(?:bulk|ids|nextValue|upsert\\w*|OrderLineTable)\\(\\s*$");

  @Test
  void every_table_of_the_changelog_has_an_owner() throws IOException {
    Set<String> unowned = new TreeSet<>(changelogTables());
    unowned.removeAll(OWNER.keySet());
    assertThat(unowned).as("tables no context owns: add them to OWNER").isEmpty();
  }

  @Test
  void infrastructure_uses_only_its_own_tables_published_read_models_and_sanctioned_reads()
      throws IOException {
    List<String> trespasses = new ArrayList<>();
    for (Path file : infrastructureSources()) {
      String name = SOURCES.relativize(file).toString().replace('\\', '/');
      String context = name.substring(0, name.indexOf('/'));
      Set<String> allowed = SANCTIONED.getOrDefault(name, Set.of());
      for (String table : tablesUsed(Files.readString(file))) {
        String owner = OWNER.get(table);
        boolean own = context.equals(owner) || "shared".equals(owner);
        if (!own && !PUBLISHED.contains(table) && !allowed.contains(table)) {
          trespasses.add(name + " uses " + owner + "'s table " + table);
        }
      }
    }
    assertThat(trespasses).isEmpty();
  }

  @Test
  void the_scan_sees_statements_bulk_writers_and_sequences() {
    String source =
        "q(\"SELECT s.qty FROM stock s JOIN\" + \" item i ON i.id = s.item_id\");"
            + " jdbc.bulk(\"mrp_item\", \"qty\"); jdbc.ids(\"supply_line_seq\", 3);"
            + " rs.getString(\"plant\"); json.add(\"work_center\", center);";
    assertThat(tablesUsed(source))
        .containsExactlyInAnyOrder("stock", "item", "mrp_item", "supply_line");
  }

  /** The owned tables that the SQL of one source file names. */
  static Set<String> tablesUsed(String source) {
    StringBuilder sql = new StringBuilder();
    Set<String> used = new TreeSet<>();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      String text = literal.group(1);
      sql.append(text).append(' ');
      String whole = text.endsWith("_seq") ? text.substring(0, text.length() - 4) : text;
      boolean tableArgument =
          TABLE_ARGUMENT
              .matcher(source.substring(Math.max(0, literal.start() - 40), literal.start()))
              .find();
      if (OWNER.containsKey(whole) && tableArgument) {
        used.add(whole);
      }
    }
    Matcher named = NAMED.matcher(sql);
    while (named.find()) {
      if (OWNER.containsKey(named.group(1).toLowerCase())) {
        used.add(named.group(1).toLowerCase());
      }
    }
    return used;
  }

  private static List<Path> infrastructureSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> SOURCES.relativize(f).toString().contains("infrastructure"))
          .sorted()
          .toList();
    }
  }

  private static Set<String> changelogTables() throws IOException {
    Pattern created = Pattern.compile("create(?:Table tableName|View viewName)=\"([a-z_0-9]+)\"");
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CHANGELOG)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        Matcher m = created.matcher(Files.readString(file));
        while (m.find()) {
          tables.add(m.group(1));
        }
      }
    }
    return tables;
  }

  private static Map<String, String> owners(Map<String, List<String>> tablesByContext) {
    Map<String, String> owner = new HashMap<>();
    tablesByContext.forEach((context, tables) -> tables.forEach(t -> owner.put(t, context)));
    return Map.copyOf(owner);
  }
}
