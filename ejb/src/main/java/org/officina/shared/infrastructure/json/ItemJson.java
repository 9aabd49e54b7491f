package org.officina.shared.infrastructure.json;

import static org.officina.engineering.model.ItemField.*;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ItemField;
import org.officina.engineering.model.ItemRules;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.PlanningPolicy;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.shared.model.Violation;

/**
 * An item as JSON, for the REST API and for messages: the properties are the exchange format's
 * column names, an absent property takes the column's default, an unknown one is refused (a
 * misspelt property silently ignored is a wrong item). The read-only properties that {@link
 * #write(Item)} adds may be sent back and are ignored.
 */
public final class ItemJson {

  public static final String VERSION = "version";
  private static final Set<String> READ_ONLY =
      Set.of(VERSION, "created_at", "created_by", "changed_at", "changed_by");

  private ItemJson() {}

  /** What a JSON object says of an item, and what is wrong with it. */
  public record Parsed(ItemData item, Long version, List<Violation> violations) {
    public Parsed {
      violations = List.copyOf(violations);
    }
  }

  public static Parsed read(JsonObject json) {
    return new Reading(json).parse();
  }

  public static JsonObject write(Item item) {
    return fields(item.data())
        .add(VERSION, item.version())
        .add("created_at", item.createdAt().toString())
        .add("created_by", item.createdBy())
        .add("changed_at", item.changedAt().toString())
        .add("changed_by", item.changedBy())
        .build();
  }

  public static JsonObject write(ItemData item) {
    return fields(item).build();
  }

  private static JsonObjectBuilder fields(ItemData item) {
    JsonObjectBuilder json =
        JsonSupport.object()
            .add(CODE, item.code())
            .add(DESCRIPTION, item.description())
            .add(UOM, item.uom().name())
            .add(SUPPLY_TYPE, item.supplyType().name())
            .add(LEAD_TIME_DAYS, item.leadTimeDays())
            .add(LOT_RULE, item.lotRule().name());
    if (item.lotQty() != null) {
      json.add(LOT_QTY, item.lotQty());
    }
    json.add(LOT_MIN, item.lotMin()).add(LOT_MULTIPLE, item.lotMultiple());
    if (item.lotPeriods() != null) {
      json.add(LOT_PERIODS, item.lotPeriods());
    }
    json.add(SAFETY_STOCK, item.safetyStock());
    if (item.leadTimeFromRouting() != null) {
      json.add(LEAD_TIME_FROM_ROUTING, item.leadTimeFromRouting());
    }
    if (item.issueMethod() != null) {
      json.add(ISSUE_METHOD, item.issueMethod().name());
    }
    if (item.consumptionTolerancePct() != null) {
      json.add(CONSUMPTION_TOLERANCE_PCT, item.consumptionTolerancePct());
    }
    if (item.planning() != null) {
      PlanningPolicy policy = item.planning();
      addIfSaid(json, DEMAND_FENCE_DAYS, policy.demandFenceDays());
      addIfSaid(json, PLANNING_FENCE_DAYS, policy.planningFenceDays());
      addIfSaid(json, CONSUMPTION_BACKWARD_DAYS, policy.consumptionBackwardDays());
      addIfSaid(json, CONSUMPTION_FORWARD_DAYS, policy.consumptionForwardDays());
      addIfSaid(json, EARLY_TOLERANCE_DAYS, policy.earlyToleranceDays());
      addIfSaid(json, LATE_TOLERANCE_DAYS, policy.lateToleranceDays());
      if (policy.quantityTolerancePct() != null) {
        json.add(QTY_TOLERANCE_PCT, policy.quantityTolerancePct());
      }
      if (policy.reorderPoint() != null) {
        json.add(REORDER_POINT, policy.reorderPoint());
      }
    }
    return item.planner() == null ? json : json.add(PLANNER, item.planner());
  }

  private static void addIfSaid(JsonObjectBuilder json, String name, Integer value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static final class Reading {
    private final JsonFields fields;
    private final JsonObject json;

    Reading(JsonObject json) {
      this.json = json;
      this.fields = new JsonFields(json);
    }

    /**
     * The planning parameters, when the object says any of them (those it leaves out are none), or
     * null: the item keeps its own.
     */
    private PlanningPolicy planning() {
      if (ItemField.PLANNING.stream().noneMatch(json::containsKey)) {
        return null;
      }
      return new PlanningPolicy(
          fields.integer(DEMAND_FENCE_DAYS, null),
          fields.integer(PLANNING_FENCE_DAYS, null),
          fields.integer(CONSUMPTION_BACKWARD_DAYS, null),
          fields.integer(CONSUMPTION_FORWARD_DAYS, null),
          fields.integer(EARLY_TOLERANCE_DAYS, null),
          fields.integer(LATE_TOLERANCE_DAYS, null),
          fields.decimal(QTY_TOLERANCE_PCT, null),
          fields.decimal(REORDER_POINT, null));
    }

    Parsed parse() {
      Set<String> known = new java.util.LinkedHashSet<>(ItemField.ALL);
      known.addAll(READ_ONLY);
      for (String name : json.keySet()) {
        if (!known.contains(name)) {
          fields.refuse(name, "json.unknownProperty", null, name, String.join(", ", ItemField.ALL));
        }
      }
      ItemData defaults = ItemData.withDefaults("");
      ItemData item =
          new ItemData(
              fields.text(CODE, ""),
              fields.text(DESCRIPTION, defaults.description()),
              fields.code(UOM, UnitOfMeasure.class, defaults.uom()),
              fields.code(SUPPLY_TYPE, SupplyType.class, defaults.supplyType()),
              fields.integer(LEAD_TIME_DAYS, defaults.leadTimeDays()),
              fields.code(LOT_RULE, LotRule.class, defaults.lotRule()),
              fields.decimal(LOT_QTY, null),
              fields.decimal(LOT_MIN, BigDecimal.ZERO),
              fields.decimal(LOT_MULTIPLE, BigDecimal.ZERO),
              fields.integer(LOT_PERIODS, null),
              fields.decimal(SAFETY_STOCK, BigDecimal.ZERO),
              json.containsKey(LEAD_TIME_FROM_ROUTING)
                  ? fields.bool(LEAD_TIME_FROM_ROUTING, false)
                  : null,
              json.containsKey(PLANNER) ? fields.text(PLANNER, "") : null,
              fields.code(ISSUE_METHOD, IssueMethod.class, null),
              fields.decimal(CONSUMPTION_TOLERANCE_PCT, null),
              planning());
      Long version = json.get(VERSION) instanceof JsonNumber n ? n.longValue() : null;
      List<Violation> violations = new ArrayList<>(fields.violations());
      ItemRules.check(item).stream()
          .filter(v -> !fields.unreadable(v.field()))
          .forEach(violations::add);
      return new Parsed(item, version, violations);
    }
  }
}
