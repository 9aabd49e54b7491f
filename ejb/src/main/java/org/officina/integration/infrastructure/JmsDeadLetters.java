package org.officina.integration.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.officina.integration.application.DeadLetters;

/**
 * The dead-letter queues (ItemDeadLetters, WorkReportDeadLetters). A refused message keeps its
 * body; the reason and the id of the original message travel as properties, so that whoever reads
 * the queue sees what was wrong without opening logs.
 */
@ApplicationScoped
public class JmsDeadLetters implements DeadLetters {

  public static final String REASON = "officinaError";
  public static final String ORIGINAL_ID = "officinaOriginalMessageId";

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/officina/ItemDeadLetters")
  Queue items;

  @Resource(lookup = "java:/jms/officina/WorkReportDeadLetters")
  Queue workReports;

  @Override
  public void refuse(Inbound channel, String body, String reason, String originalMessageId) {
    jms.createProducer()
        .setProperty(REASON, reason)
        .setProperty(ORIGINAL_ID, originalMessageId)
        .send(channel == Inbound.ITEMS ? items : workReports, body == null ? "" : body);
  }
}
