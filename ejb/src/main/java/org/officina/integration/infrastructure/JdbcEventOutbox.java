package org.officina.integration.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.officina.integration.model.EventOutbox;
import org.officina.integration.model.OutboundEvent;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.json.JsonSupport;

/**
 * The outbox as the table event_outbox, in the order its rows were written (their identity). The
 * events of a transaction are kept until it is about to commit and then written in one batch: an
 * import of 100,000 items gives 100,000 events, and a statement each would cost more than the
 * import.
 */
@Dependent
public class JdbcEventOutbox implements EventOutbox {

  private static final String PENDING = JdbcEventOutbox.class.getName() + ".pending";
  private static final String INSERT =
      "INSERT INTO event_outbox (destination, properties, body, created_at) VALUES (?, ?, ?, ?)";

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transaction;

  /** The transaction's connection, as the pool gives it again at the end of the transaction. */
  @Resource(lookup = "java:jboss/datasources/OfficinaDS")
  DataSource database;

  @Override
  @SuppressWarnings("unchecked")
  public void append(OutboundEvent event) {
    if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
      write(Jdbc.of(em), List.of(event));
      return;
    }
    List<OutboundEvent> pending = (List<OutboundEvent>) transaction.getResource(PENDING);
    if (pending == null) {
      List<OutboundEvent> events = new ArrayList<>();
      transaction.putResource(PENDING, events);
      transaction.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              try (Connection connection = database.getConnection()) {
                write(Jdbc.of(connection), events);
              } catch (SQLException e) {
                throw new IllegalStateException("event_outbox: " + e.getMessage(), e);
              }
            }

            @Override
            public void afterCompletion(int status) {
              // the events went with the transaction, or were rolled back with it
            }
          });
      pending = events;
    }
    pending.add(event);
  }

  private static void write(Jdbc jdbc, List<OutboundEvent> events) {
    Instant now = Instant.now();
    jdbc.batch(
        INSERT,
        events,
        (p, event) -> {
          JsonObjectBuilder properties = JsonSupport.object();
          event.properties().forEach(properties::add);
          p.text(event.destination()).text(properties.build().toString()).text(event.body());
          p.instant(now);
        });
  }

  @Override
  public List<OutboundEvent.Stored> oldest(int most) {
    return Jdbc.of(em)
        .query(
            "SELECT id, destination, properties, body FROM event_outbox ORDER BY id"
                + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
            rs ->
                new OutboundEvent.Stored(
                    rs.getLong(1),
                    new OutboundEvent(
                        rs.getString(2), rs.getString(4), properties(rs.getString(3)))),
            most);
  }

  @Override
  public List<Long> take(List<Long> ids) {
    int[] removed =
        Jdbc.of(em).batch("DELETE FROM event_outbox WHERE id = ?", ids, (p, id) -> p.id(id));
    List<Long> taken = new ArrayList<>();
    for (int i = 0; i < removed.length; i++) {
      if (removed[i] != 0) {
        taken.add(ids.get(i));
      }
    }
    return taken;
  }

  private static Map<String, String> properties(String json) {
    Map<String, String> properties = new LinkedHashMap<>();
    JsonObject object;
    try (JsonReader reader = JsonSupport.reader(json)) {
      object = reader.readObject();
    }
    object.forEach((name, value) -> properties.put(name, ((JsonString) value).getString()));
    return properties;
  }
}
