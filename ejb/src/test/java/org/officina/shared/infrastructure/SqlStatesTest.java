package org.officina.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.officina.shared.infrastructure.SqlStates.Violated;

class SqlStatesTest {

  private static Throwable wrapped(SQLException e) {
    return new IllegalStateException("INSERT ...", new RuntimeException(e));
  }

  @Test
  void postgresql_and_h2_are_told_by_sqlstate() {
    assertThat(SqlStates.violated(wrapped(new SQLException("dup", "23505"))))
        .contains(Violated.UNIQUE);
    assertThat(SqlStates.violated(wrapped(new SQLException("fk", "23503"))))
        .contains(Violated.FOREIGN_KEY);
    assertThat(SqlStates.violated(wrapped(new SQLException("null", "23502"))))
        .contains(Violated.OTHER);
  }

  @Test
  void oracle_which_says_23000_for_all_is_told_by_its_error_code() {
    assertThat(SqlStates.violated(new SQLException("ORA-00001", "23000", 1)))
        .contains(Violated.UNIQUE);
    assertThat(SqlStates.violated(new SQLException("ORA-02292", "23000", 2292)))
        .contains(Violated.FOREIGN_KEY);
  }

  @Test
  void the_text_of_a_message_is_not_what_decides() {
    assertThat(SqlStates.violated(new SQLException("duplicate key value violates unique", "08006")))
        .isEmpty();
    assertThat(SqlStates.violated(new IllegalStateException("unique"))).isEmpty();
  }
}
