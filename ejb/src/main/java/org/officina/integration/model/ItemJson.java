package org.officina.integration.model;

import static org.officina.engineering.model.ItemField.*;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ItemRules;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.shared.model.Codes;
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
    return item.planner() == null ? json : json.add(PLANNER, item.planner());
  }

  private static final class Reading {
    private final JsonObject json;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();

    Reading(JsonObject json) {
      this.json = json;
    }

    Parsed parse() {
      for (String name : json.keySet()) {
        if (!ItemsCsv.COLUMNS.contains(name) && !READ_ONLY.contains(name)) {
          violations.add(
              Violation.of(
                  name, "json.unknownProperty", name, String.join(", ", ItemsCsv.COLUMNS)));
        }
      }
      ItemData defaults = ItemData.withDefaults("");
      ItemData item =
          new ItemData(
              text(CODE, ""),
              text(DESCRIPTION, defaults.description()),
              code(UOM, UnitOfMeasure.class, defaults.uom()),
              code(SUPPLY_TYPE, SupplyType.class, defaults.supplyType()),
              integer(LEAD_TIME_DAYS, defaults.leadTimeDays()),
              code(LOT_RULE, LotRule.class, defaults.lotRule()),
              decimal(LOT_QTY, null),
              decimal(LOT_MIN, BigDecimal.ZERO),
              decimal(LOT_MULTIPLE, BigDecimal.ZERO),
              integer(LOT_PERIODS, null),
              decimal(SAFETY_STOCK, BigDecimal.ZERO),
              json.containsKey(LEAD_TIME_FROM_ROUTING) ? bool(LEAD_TIME_FROM_ROUTING, false) : null,
              json.containsKey(PLANNER) ? text(PLANNER, "") : null);
      Long version = json.get(VERSION) instanceof JsonNumber n ? n.longValue() : null;
      ItemRules.check(item).stream()
          .filter(v -> !unreadable.contains(v.field()))
          .forEach(violations::add);
      return new Parsed(item, version, violations);
    }

    private JsonValue value(String name) {
      JsonValue value = json.get(name);
      return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private String text(String name, String fallback) {
      JsonValue value = value(name);
      if (value == null) {
        return fallback;
      }
      if (value instanceof JsonString s) {
        return s.getString().strip();
      }
      return refuse(name, "json.notText", fallback);
    }

    private <E extends Enum<E>> E code(String name, Class<E> type, E fallback) {
      String text = text(name, null);
      if (text == null) {
        return fallback;
      }
      return Codes.parse(type, text)
          .orElseGet(() -> refuse(name, "value.oneOf", fallback, text, Codes.allowed(type)));
    }

    private Integer integer(String name, Integer fallback) {
      JsonValue value = value(name);
      if (value == null) {
        return fallback;
      }
      if (value instanceof JsonNumber n && n.isIntegral()) {
        try {
          return n.intValueExact();
        } catch (ArithmeticException e) {
          return refuse(name, "value.notInteger", fallback, value.toString());
        }
      }
      return refuse(name, "value.notInteger", fallback, value.toString());
    }

    private boolean bool(String name, boolean fallback) {
      JsonValue value = value(name);
      if (value == null) {
        return fallback;
      }
      if (value.getValueType() == JsonValue.ValueType.TRUE
          || value.getValueType() == JsonValue.ValueType.FALSE) {
        return value.getValueType() == JsonValue.ValueType.TRUE;
      }
      return refuse(name, "value.notBoolean", fallback, value.toString());
    }

    private BigDecimal decimal(String name, BigDecimal fallback) {
      JsonValue value = value(name);
      if (value == null) {
        return fallback;
      }
      if (value instanceof JsonNumber n) {
        return n.bigDecimalValue();
      }
      return refuse(name, "value.notNumber", fallback, value.toString());
    }

    private <T> T refuse(String name, String key, T fallback, Object... args) {
      violations.add(Violation.of(name, key, args));
      unreadable.add(name);
      return fallback;
    }
  }
}
