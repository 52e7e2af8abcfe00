package com.duskspendr.web.admin;

import com.duskspendr.platform.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Artemis' management API through its management address: a request message names the resource ({@code
 * broker}, {@code queue.<name>}) and an attribute or operation, its text body holds the parameters as a JSON
 * array, and the broker answers on the reply-to queue with {@code _AMQ_OperationSucceeded} and the result as a
 * JSON array (Artemis' ManagementHelper and ManagementServiceImpl). Plain JMS over the application's pooled
 * connection factory, so it works with any broker the resource adapter reaches, embedded or shared, without JMX
 * and without the broker's client classes in the WAR. Outside any transaction: a request sent in one would only
 * leave at commit, after the wait for its answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BrokerManagement {

  static final String RESOURCE_NAME = "_AMQ_ResourceName";
  static final String OPERATION_NAME = "_AMQ_OperationName";
  static final String ATTRIBUTE = "_AMQ_Attribute";
  static final String OPERATION_SUCCEEDED = "_AMQ_OperationSucceeded";
  static final String BROKER = "broker";
  static final String QUEUE = "queue.";

  @Resource(lookup = Destinations.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  /** Artemis' {@code management-address}; change it only together with the broker's. */
  @Inject
  @ConfigProperty(name = "duskspendr.admin.broker.management-address", defaultValue = "activemq.management")
  String managementAddress;

  @Inject
  @ConfigProperty(name = "duskspendr.admin.broker.timeout", defaultValue = "PT5S")
  Duration timeout;

  /** An attribute of a resource, e.g. ({@code broker}, {@code queueNames}) or ({@code queue.DLQ}, {@code messageCount}). */
  public JsonValue attribute(String resource, String attribute) {
    return request(resource, ATTRIBUTE, attribute, Json.createArrayBuilder());
  }

  /** An operation with its parameters (strings, numbers, booleans), e.g. ({@code queue.DLQ}, {@code retryMessages}). */
  public JsonValue invoke(String resource, String operation, Object... parameters) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Object parameter : parameters) {
      if (parameter instanceof Long number) {
        array.add(number);
      } else if (parameter instanceof Integer number) {
        array.add(number);
      } else if (parameter instanceof Boolean flag) {
        array.add(flag);
      } else {
        array.add(String.valueOf(parameter));
      }
    }
    return request(resource, OPERATION_NAME, operation, array);
  }

  private JsonValue request(String resource, String kind, String name, JsonArrayBuilder parameters) {
    // The classic API with an explicit start(): a reply consumer on a pooled (resource adapter) connection gets
    // nothing until its connection is started, and a JMSContext's auto-start did not deliver there.
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      TemporaryQueue replies = session.createTemporaryQueue();
      try (MessageConsumer answers = session.createConsumer(replies);
          MessageProducer producer = session.createProducer(session.createQueue(managementAddress))) {
        connection.start();
        TextMessage request = session.createTextMessage(parameters.build().toString());
        request.setStringProperty(RESOURCE_NAME, resource);
        request.setStringProperty(kind, name);
        request.setJMSReplyTo(replies);
        producer.send(request);
        Message answer = answers.receive(timeout.toMillis());
        if (answer == null) {
          throw new BrokerUnavailableException("The broker did not answer " + resource + " " + name + " in " + timeout, null);
        }
        String body = answer.getBody(String.class);
        if (!answer.getBooleanProperty(OPERATION_SUCCEEDED)) {
          throw new IllegalStateException("The broker refused " + resource + " " + name + ": " + body);
        }
        JsonArray result = Json.createReader(new StringReader(body == null ? "[null]" : body)).readArray();
        return result.isEmpty() ? JsonValue.NULL : result.get(0);
      } finally {
        replies.delete();
      }
    } catch (JMSException | JMSRuntimeException away) {
      throw new BrokerUnavailableException("The broker is unreachable: " + away.getClass().getSimpleName(), away);
    }
  }

  /**
   * The bodies of up to {@code limit} messages on a queue, by JMS message id ({@code ID:...}): management lists
   * a message's headers and properties but not its body.
   */
  public Map<String, String> bodies(String queue, int limit) {
    Map<String, String> bodies = new HashMap<>();
    try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
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
