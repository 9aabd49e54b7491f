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

  /** Every field, in the order of the items.csv columns. */
  public static final List<String> ALL =
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
          ISSUE_METHOD);

  private ItemField() {}
}
