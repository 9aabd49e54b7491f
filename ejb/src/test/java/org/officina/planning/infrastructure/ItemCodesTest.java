package org.officina.planning.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ItemCodesTest {

  @Test
  void findsTheCodeOfEveryIdGivenWhereverTheIdLies() {
    ItemCodes codes = new ItemCodes();
    codes.put(100, "A");
    codes.put(5_000, "B");
    codes.put(3_000_000_000L, "C");
    codes.put(-7, "D");

    assertEquals("A", codes.get(100));
    assertEquals("B", codes.get(5_000));
    assertEquals("C", codes.get(3_000_000_000L));
    assertEquals("D", codes.get(-7));
  }

  @Test
  void anIdNeverGivenHasNoCode() {
    ItemCodes codes = new ItemCodes();
    codes.put(100, "A");

    assertNull(codes.get(200));
    assertNull(codes.get(1L << 40));
    assertFalse(codes.containsKey(99));
    assertTrue(codes.containsKey(100));
  }
}
