package org.officina.integration.model;

import java.util.List;

/**
 * The files of a dataset folder in the exchange format (docs/exchange-format.md), in the order they
 * import: each may refer to what the files before it define.
 */
public final class ExchangeFormat {

  public static final String CALENDARS = "calendars.csv";
  public static final String ITEMS = "items.csv";
  public static final String SUPPLIERS = "suppliers.csv";
  public static final String WAREHOUSES = "warehouses.csv";
  public static final String LOCATIONS = "locations.csv";
  public static final String DEPARTMENTS = "departments.csv";
  public static final String TOOLS = "tools.csv";
  public static final String WORK_CENTERS = "work_centers.csv";
  public static final String CHANGEOVERS = "changeovers.csv";
  public static final String MACHINES = "machines.csv";
  public static final String OPERATORS = "operators.csv";
  public static final String BOM = "bom.csv";
  public static final String ROUTINGS = "routings.csv";
  public static final String STOCK = "stock.csv";
  public static final String SUPPLY = "supply.csv";
  public static final String DEMAND = "demand.csv";
  public static final String PRICE_LISTS = "price_lists.csv";

  private static final List<String> FILES =
      List.of(
          CALENDARS,
          ITEMS,
          SUPPLIERS,
          WAREHOUSES,
          LOCATIONS,
          DEPARTMENTS,
          TOOLS,
          WORK_CENTERS,
          CHANGEOVERS,
          MACHINES,
          OPERATORS,
          BOM,
          ROUTINGS,
          STOCK,
          SUPPLY,
          DEMAND,
          PRICE_LISTS);

  private ExchangeFormat() {}

  /** The columns that rules across files name in their errors. */
  public static final class Column {
    public static final String ITEM = "item";
    public static final String QTY = "qty";
    public static final String NUMBER = "number";
    public static final String SUPPLIER = "supplier";
    public static final String PARENT = "parent";
    public static final String COMPONENT = "component";
    public static final String SEQ = "seq";
    public static final String DAY = "day";
    public static final String SHIFTS = "shifts";
    public static final String TIME_ZONE = "time_zone";

    private Column() {}
  }

  /** The names of the files a dataset may hold, in import order. */
  public static List<String> names() {
    return FILES;
  }

  /** The short name of a file as REST addresses it: items for items.csv. */
  public static String shortName(String file) {
    return file.substring(0, file.length() - ".csv".length());
  }

  /** Whether a file name is one of the dataset's. */
  public static boolean known(String file) {
    return FILES.contains(file);
  }
}
