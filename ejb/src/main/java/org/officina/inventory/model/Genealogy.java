package org.officina.inventory.model;

import java.time.Instant;
import java.util.List;

/**
 * The genealogy an issue leaves: each lot it took went into the product lot it was issued for.
 * Stock without a lot leaves no trace, and neither does an issue for no product lot.
 */
public final class Genealogy {

  private Genealogy() {}

  public static List<LotLink> of(Issue issue, List<LotPick.Take> takes, Instant at) {
    if (issue.productLot() == null) {
      return List.of();
    }
    return takes.stream()
        .filter(t -> t.stock().lot() != null)
        .map(
            t ->
                new LotLink(
                    issue.productItem(),
                    issue.productLot(),
                    issue.item(),
                    t.stock().lot(),
                    t.qty(),
                    issue.reference(),
                    at))
        .toList();
  }
}
