package org.officina.planning.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The time-phased record of one item, bucket by bucket from the planning start: gross requirements,
 * scheduled receipts, projected on hand, net requirements, planned receipts and planned releases;
 * and the forecasts dated in it: as given, what sales orders consumed of them, and what is left of
 * them as demand (nothing once expired or inside the demand time fence). Only the buckets where
 * something happens are kept.
 */
public record ItemRecord(String item, int lowLevelCode, BigDecimal onHand, List<Bucket> buckets) {

  /** One bucket of the record. */
  public record Bucket(
      int bucket,
      BigDecimal gross,
      BigDecimal scheduledReceipts,
      BigDecimal projectedOnHand,
      BigDecimal net,
      BigDecimal plannedReceipt,
      BigDecimal plannedRelease,
      BigDecimal forecast,
      BigDecimal forecastConsumed,
      BigDecimal forecastRemaining) {}

  public ItemRecord {
    buckets = List.copyOf(buckets);
  }
}
