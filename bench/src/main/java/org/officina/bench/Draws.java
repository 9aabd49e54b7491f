package org.officina.bench;

import java.util.SplittableRandom;

/** Draws from a seeded SplittableRandom that do not depend on the plant. */
final class Draws {

  private Draws() {}

  static int pick(int[] a, SplittableRandom r) {
    return a[r.nextInt(a.length)];
  }

  static void shuffle(int[] a, SplittableRandom r) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /**
   * Splits total over the shares in proportion, rounded down; what that leaves goes one by one to
   * the last shares first. Every share gets at least 1 when total allows.
   */
  static int[] distribute(int total, double[] shares) {
    int[] result = new int[shares.length];
    double sum = 0;
    for (double s : shares) {
      sum += s;
    }
    int given = 0;
    for (int i = 0; i < shares.length; i++) {
      result[i] = (int) Math.floor(total * shares[i] / sum);
      if (shares[i] > 0 && result[i] == 0) {
        result[i] = 1;
      }
      given += result[i];
    }
    for (int i = shares.length - 1; given < total; i = i == 0 ? shares.length - 1 : i - 1) {
      if (shares[i] > 0) {
        result[i]++;
        given++;
      }
    }
    for (int i = 0; given > total; i = (i + 1) % shares.length) {
      if (result[i] > 1) {
        result[i]--;
        given--;
      }
    }
    return result;
  }
}
