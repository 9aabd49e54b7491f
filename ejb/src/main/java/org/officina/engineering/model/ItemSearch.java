package org.officina.engineering.model;

/**
 * A question about the item master: which items (by code and description fragments, supply type,
 * unit, lot rule; absent criteria match everything), in which order, which page.
 */
public record ItemSearch(
    String code,
    String description,
    SupplyType supplyType,
    UnitOfMeasure uom,
    LotRule lotRule,
    SortField sortBy,
    boolean descending,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  /** The columns a list of items can be sorted by. */
  public enum SortField {
    CODE,
    DESCRIPTION,
    SUPPLY_TYPE,
    UOM,
    LEAD_TIME_DAYS,
    LOT_RULE,
    SAFETY_STOCK,
    CHANGED_AT
  }

  public ItemSearch {
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "page offset " + offset + " and size " + limit + ": the size must be 1 to " + MAX_LIMIT);
    }
    sortBy = sortBy == null ? SortField.CODE : sortBy;
  }

  public static ItemSearch all(int offset, int limit) {
    return new ItemSearch(null, null, null, null, null, SortField.CODE, false, offset, limit);
  }
}
