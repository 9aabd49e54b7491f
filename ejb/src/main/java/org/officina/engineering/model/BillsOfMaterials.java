package org.officina.engineering.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bills of materials: each item's lines, read and written a whole bill (or many) at a time. */
public interface BillsOfMaterials {
  /** Every line of every bill, by parent code and position. */
  List<BomLine> all();

  Optional<Bill> bill(String parent);

  /** The version of every bill, by parent code: what an editor quotes to save a change. */
  Map<String, Long> versions();

  /**
   * Replaces the lines of each bill given (creating the bill if new), raising its revision and
   * version; bills whose lines are unchanged are left alone. Returns the parents changed.
   */
  List<String> replace(Map<String, List<BomLine>> bills, String user, Instant now);

  /**
   * Saves one bill edited by a person, if nobody saved it since they read it at the version they
   * quote (0 for a new bill). Returns whether it was saved.
   */
  boolean save(String parent, List<BomLine> lines, long version, String user, Instant now);

  /** Stores each item's low-level code where it differs from the one kept. */
  void storeLowLevelCodes(Map<String, Integer> codes);
}
