package com.duskspendr.web.admin;

import com.duskspendr.platform.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * The JMS side of {@link BrokerManagement}, on the application's pooled connection factory. A request and the
 * wait for its answer are two container transactions: the resource adapter's sessions are transactional, and
 * the broker routes its answer in the request's transaction, so the answer exists only once the request's
 * transaction has committed (a request/reply in one transaction, or on a temporary queue that dies with the
 * request's connection, never gets an answer). Answers go to one durable reply queue and are picked out by
 * correlation id.
 */
@Stateless
public class ManagementMessages {

  /** A management answer: whether the broker carried out the request, and its result (a JSON array). */
  public record Answer(boolean succeeded, String body) {}

  @Resource(lookup = Destinations.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void send(String address, Map<String, String> properties, String body, String correlationId, String replyTo) {
    try (Connection connection = connectionFactory.createConnection(); Session session = connection.createSession()) {
      TextMessage request = session.createTextMessage(body);
      for (Map.Entry<String, String> property : properties.entrySet()) {
        request.setStringProperty(property.getKey(), property.getValue());
      }
      if (replyTo != null) {
        request.setJMSCorrelationID(correlationId);
        request.setJMSReplyTo(session.createQueue(replyTo));
      }
      session.createProducer(session.createQueue(address)).send(request);
    } catch (JMSException | JMSRuntimeException away) {
      throw new BrokerUnavailableException("The broker is unreachable: " + away.getClass().getSimpleName(), away);
    }
  }

  /** The answer to the request with this correlation id, or null when none came within the timeout. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Answer receive(String replyQueue, String correlationId, long timeoutMillis, String succeededProperty) {
    // the id is a UUID we made: safe inside the selector's quotes
    try (Connection connection = connectionFactory.createConnection(); Session session = connection.createSession();
        MessageConsumer answers = session.createConsumer(
            session.createQueue(replyQueue), "JMSCorrelationID = '" + correlationId + "'")) {
      connection.start();
      Message answer = answers.receive(timeoutMillis);
      return answer == null ? null : new Answer(answer.getBooleanProperty(succeededProperty), answer.getBody(String.class));
    } catch (JMSException | JMSRuntimeException away) {
      throw new BrokerUnavailableException("The broker is unreachable: " + away.getClass().getSimpleName(), away);
    }
  }

  /** The bodies of up to {@code limit} messages on a queue, by JMS message id: management lists no bodies. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Map<String, String> bodies(String queue, int limit) {
    Map<String, String> bodies = new HashMap<>();
    try (Connection connection = connectionFactory.createConnection(); Session session = connection.createSession();
        QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
      Enumeration<?> messages = browser.getEnumeration();
      while (messages.hasMoreElements() && bodies.size() < limit) {
        Message message = (Message) messages.nextElement();
        if (message.getJMSMessageID() != null) {
          bodies.put(message.getJMSMessageID(), message instanceof TextMessage text ? text.getText() : null);
        }
      }
    } catch (JMSException | JMSRuntimeException away) {
      throw new BrokerUnavailableException("The broker is unreachable: " + away.getClass().getSimpleName(), away);
    }
    return bodies;
  }
}
