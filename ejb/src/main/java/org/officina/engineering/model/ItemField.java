package org.officina.engineering.model;

import java.util.List;

/**
 * The fields of an item, named as the exchange format's items.csv columns (and the REST API's
 * properties).
 */
public final class ItemField {
  public static final String CODE = "code";
  public static final String DESCRIPTION = "description";
  public static final String UOM = "uom";
  public static final String SUPPLY_TYPE = "supply_type";
  public static final String LEAD_TIME_DAYS = "lead_time_days";
  public static final String LOT_RULE = "lot_rule";
  public static final String LOT_QTY = "lot_qty";
  public static final String LOT_MIN = "lot_min";
  public static final String LOT_MULTIPLE = "lot_multiple";
  public static final String LOT_PERIODS = "lot_periods";
  public static final String SAFETY_STOCK = "safety_stock";
  public static final String LEAD_TIME_FROM_ROUTING = "lead_time_from_routing";
  public static final String PLANNER = "planner";
  public static final String ISSUE_METHOD = "issue_method";
  public static final String CONSUMPTION_TOLERANCE_PCT = "consumption_tolerance_pct";
  public static final String DEMAND_FENCE_DAYS = "demand_time_fence_days";
  public static final String PLANNING_FENCE_DAYS = "planning_time_fence_days";
  public static final String CONSUMPTION_BACKWARD_DAYS = "forecast_consumption_backward_days";
  public static final String CONSUMPTION_FORWARD_DAYS = "forecast_consumption_forward_days";
  public static final String EARLY_TOLERANCE_DAYS = "early_tolerance_days";
  public static final String LATE_TOLERANCE_DAYS = "late_tolerance_days";
  public static final String QTY_TOLERANCE_PCT = "quantity_tolerance_pct";
  public static final String REORDER_POINT = "reorder_point";

  /** The planning parameters, in the order of their columns. */
  public static final List<String> PLANNING =
      List.of(
          DEMAND_FENCE_DAYS,
          PLANNING_FENCE_DAYS,
          CONSUMPTION_BACKWARD_DAYS,
          CONSUMPTION_FORWARD_DAYS,
          EARLY_TOLERANCE_DAYS,
          LATE_TOLERANCE_DAYS,
          QTY_TOLERANCE_PCT,
          REORDER_POINT);

  /** The fields of the item master, in the order of their columns. */
  private static final List<String> MASTER =
      List.of(
          CODE,
          DESCRIPTION,
          UOM,
          SUPPLY_TYPE,
          LEAD_TIME_DAYS,
          LOT_RULE,
          LOT_QTY,
          LOT_MIN,
          LOT_MULTIPLE,
          LOT_PERIODS,
          SAFETY_STOCK,
          LEAD_TIME_FROM_ROUTING,
          PLANNER,
          ISSUE_METHOD,
          CONSUMPTION_TOLERANCE_PCT);

  /** Every field, in the order of the items.csv columns: the master data, then planning's. */
  public static final List<String> ALL =
      java.util.stream.Stream.concat(MASTER.stream(), PLANNING.stream()).toList();

  private ItemField() {}
}
