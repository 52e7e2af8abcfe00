package com.duskspendr.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Artemis' management API through its management address: a request message names the resource ({@code
 * broker}, {@code queue.<name>}) and an attribute or operation, its text body holds the parameters as a JSON
 * array, and the broker answers on the request's reply-to queue with {@code _AMQ_OperationSucceeded} and the
 * result as a JSON array (Artemis' ManagementHelper and ManagementServiceImpl). Plain JMS over the application's
 * pooled connection factory ({@link ManagementMessages}), so it works with any broker the resource adapter
 * reaches, embedded or shared, without JMX and without the broker's client classes in the WAR.
 */
@ApplicationScoped
public class BrokerManagement {

  static final String RESOURCE_NAME = "_AMQ_ResourceName";
  static final String OPERATION_NAME = "_AMQ_OperationName";
  static final String ATTRIBUTE = "_AMQ_Attribute";
  static final String OPERATION_SUCCEEDED = "_AMQ_OperationSucceeded";
  static final String BROKER = "broker";
  static final String QUEUE = "queue.";

  @EJB ManagementMessages messages;

  /** Artemis' {@code management-address}; change it only together with the broker's. */
  @Inject
  @ConfigProperty(name = "duskspendr.admin.broker.management-address", defaultValue = "activemq.management")
  String managementAddress;

  /** Where the broker answers: a durable queue this class creates through management on first use. */
  @Inject
  @ConfigProperty(name = "duskspendr.admin.broker.reply-queue", defaultValue = "duskspendr.admin.management-replies")
  String replyQueue;

  @Inject
  @ConfigProperty(name = "duskspendr.admin.broker.timeout", defaultValue = "PT5S")
  Duration timeout;

  private volatile boolean replyQueueReady;

  /** An attribute of a resource, e.g. ({@code broker}, {@code queueNames}) or ({@code queue.DLQ}, {@code messageCount}). */
  public JsonValue attribute(String resource, String attribute) {
    return request(resource, ATTRIBUTE, attribute, Json.createArrayBuilder());
  }

  /** An operation with its parameters (strings, numbers, booleans), e.g. ({@code queue.DLQ}, {@code retryMessages}). */
  public JsonValue invoke(String resource, String operation, Object... parameters) {
    return request(resource, OPERATION_NAME, operation, parameters(parameters));
  }

  /** The reply queue's name (a method: fields of an application-scoped bean are not read through its proxy). */
  public String replyQueue() {
    return replyQueue;
  }

  public Map<String, String> bodies(String queue, int limit) {
    return messages.bodies(queue, limit);
  }

  private static JsonArrayBuilder parameters(Object... parameters) {
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
    return array;
  }

  private JsonValue request(String resource, String kind, String name, JsonArrayBuilder parameters) {
    ensureReplyQueue();
    String correlationId = UUID.randomUUID().toString();
    messages.send(managementAddress, Map.of(RESOURCE_NAME, resource, kind, name), parameters.build().toString(),
        correlationId, replyQueue);
    ManagementMessages.Answer answer =
        messages.receive(replyQueue, correlationId, timeout.toMillis(), OPERATION_SUCCEEDED);
    if (answer == null) {
      throw new BrokerUnavailableException("The broker did not answer " + resource + " " + name + " in " + timeout, null);
    }
    if (!answer.succeeded()) {
      throw new IllegalStateException("The broker refused " + resource + " " + name + ": " + answer.body());
    }
    JsonArray result = Json.createReader(new StringReader(answer.body() == null ? "[null]" : answer.body())).readArray();
    return result.isEmpty() ? JsonValue.NULL : result.get(0);
  }

  /**
   * Creates the reply queue (durable, never auto-deleted) through management itself, without a reply: an answer
   * would need the queue. Idempotent on the broker ({@code ignoreIfExists}); once per instance here.
   */
  private void ensureReplyQueue() {
    if (replyQueueReady) {
      return;
    }
    String configuration = Json.createObjectBuilder()
        .add("name", replyQueue).add("address", replyQueue).add("routing-type", "ANYCAST")
        .add("durable", true).add("auto-delete", false).add("auto-create-address", true)
        .build().toString();
    messages.send(managementAddress, Map.of(RESOURCE_NAME, BROKER, OPERATION_NAME, "createQueue"),
        parameters(configuration, true).build().toString(), null, null);
    replyQueueReady = true;
  }
}
