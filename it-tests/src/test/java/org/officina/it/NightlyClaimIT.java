package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officina.shared.infrastructure.DayClaims;
import org.officina.shared.infrastructure.Jdbc;

/**
 * The nightly MRP and the nightly scheduling run of a day run on one server of a cluster: servers
 * waking at the same instant claim the day on the database at once, and one only wins. The
 * deployment creates the schema; the claims go straight to the test database, as each server's
 * would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NightlyClaimIT {

  private static final String URL = "jdbc:postgresql://localhost:5432/officina_test";

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  private static Connection connect() throws SQLException {
    Connection connection =
        DriverManager.getConnection(URL, "officina_test", System.getenv("OFFICINA_DB_PASSWORD"));
    connection.setAutoCommit(false);
    return connection;
  }

  /** A server claiming the day, committing what it claimed or rolling back what it could not. */
  private static Callable<Boolean> server(String table, LocalDate day, String name) {
    return () -> {
      try (Connection connection = connect()) {
        boolean won = DayClaims.claim(Jdbc.of(connection), table, day, name);
        if (won) {
          connection.commit();
        } else {
          connection.rollback();
        }
        return won;
      }
    };
  }

  @Test
  void of_servers_claiming_the_same_night_at_once_exactly_one_runs_it() throws Exception {
    for (String table : List.of("mrp_nightly_claim", "schedule_nightly_claim")) {
      claimFiveNights(table);
    }
  }

  private static void claimFiveNights(String table) throws Exception {
    for (int night = 0; night < 5; night++) {
      LocalDate day =
          LocalDate.of(2900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));

      List<Boolean> won =
          Concurrently.run(
              List.of(
                  server(table, day, "node-1"),
                  server(table, day, "node-2"),
                  server(table, day, "node-3")));

      assertThat(won).containsOnlyOnce(true);
      try (Connection connection = connect();
          PreparedStatement claims =
              connection.prepareStatement("SELECT server FROM " + table + " WHERE run_date = ?")) {
        claims.setObject(1, day);
        try (ResultSet rs = claims.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("node-" + (won.indexOf(true) + 1));
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }
}
