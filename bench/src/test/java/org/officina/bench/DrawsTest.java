package org.officina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {

  private static final double[] END_ITEM_HEIGHTS = {0, 0, .10, .15, .20, .25, .30};

  @Test
  void distributes_the_whole_total_in_proportion_to_the_shares() {
    assertThat(Draws.distribute(100, END_ITEM_HEIGHTS)).containsExactly(0, 0, 10, 15, 20, 25, 30);
    assertThat(Arrays.stream(Draws.distribute(45, END_ITEM_HEIGHTS)).sum()).isEqualTo(45);
  }

  @Test
  void gives_what_rounding_down_leaves_to_the_last_shares_first() {
    assertThat(Draws.distribute(7, END_ITEM_HEIGHTS)).containsExactly(0, 0, 1, 1, 1, 1, 3);
    assertThat(Draws.distribute(48, END_ITEM_HEIGHTS)).containsExactly(0, 0, 4, 7, 9, 13, 15);
  }

  @Test
  void gives_every_share_at_least_one_when_the_total_allows() {
    assertThat(Draws.distribute(5, END_ITEM_HEIGHTS)).containsExactly(0, 0, 1, 1, 1, 1, 1);
  }

  @Test
  void shuffles_into_a_permutation() {
    int[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    Draws.shuffle(values, new SplittableRandom(7));
    assertThat(values).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(values).isNotEqualTo(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  }
}
