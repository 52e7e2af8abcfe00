package com.duskspendr.web.admin;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.messaging.Destinations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The broker's queues for ops, through {@link BrokerManagement}: every queue with its address (a topic's
 * subscriptions are queues on the topic's address), depth and consumers; a dead-letter queue's messages with
 * their headers and a redacted body; replay to the original destination (Artemis' {@code retryMessage(s)}); purge
 * ({@code removeAllMessages}). The broker's own queues (management replies, temporary ones) are left out.
 */
@ApplicationScoped
public class Queues {

  /** Queues whose messages go back where they came from on a replay: the dead-letter and expiry queues. */
  static final Set<String> REPLAYABLE = Set.of(Destinations.DEAD_LETTER_ADDRESS, "ExpiryQueue");
  static final int BROWSE_LIMIT = 200;

  @Inject BrokerManagement broker;

  /** One queue: name, address, routing, depth, consumers, and whether a replay applies. */
  public record QueueView(
      String name, String address, String routingType, long messageCount, int consumerCount, boolean deadLetter) {}

  /** One queued message: the broker's id (for a replay), JMS id, origin, headers and properties, redacted body. */
  public record MessageView(
      long messageId, String jmsMessageId, String originalAddress, String originalQueue, Map<String, Object> headers,
      String payload) {}

  public List<QueueView> all() {
    List<QueueView> queues = new ArrayList<>();
    for (JsonValue name : broker.attribute(BrokerManagement.BROKER, "queueNames").asJsonArray()) {
      String queue = ((JsonString) name).getString();
      if (isInternal(queue)) {
        continue;
      }
      String resource = BrokerManagement.QUEUE + queue;
      if (broker.attribute(resource, "temporary") == JsonValue.TRUE) {
        continue;
      }
      queues.add(new QueueView(queue, text(broker.attribute(resource, "address")),
          text(broker.attribute(resource, "routingType")), number(broker.attribute(resource, "messageCount")),
          (int) number(broker.attribute(resource, "consumerCount")), REPLAYABLE.contains(queue)));
    }
    queues.sort(Comparator.comparing(QueueView::address).thenComparing(QueueView::name));
    return queues;
  }

  public QueueView one(String name) {
    return all().stream().filter(q -> q.name().equals(name)).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Queue"));
  }

  /** Up to 200 messages, oldest first, with headers and properties and a body that shows its shape only. */
  public List<MessageView> messages(String name) {
    one(name);
    Map<String, String> bodies = broker.bodies(name, BROWSE_LIMIT);
    String listed = text(broker.invoke(BrokerManagement.QUEUE + name, "listMessagesAsJSON", ""));
    List<MessageView> messages = new ArrayList<>();
    JsonArray array = jakarta.json.Json.createReader(new StringReader(listed == null ? "[]" : listed)).readArray();
    for (JsonValue item : array) {
      if (messages.size() == BROWSE_LIMIT) {
        break;
      }
      JsonObject message = item.asJsonObject();
      Map<String, Object> headers = new LinkedHashMap<>();
      message.forEach((key, value) -> headers.put(key, plain(value)));
      String jmsId = message.containsKey("userID") ? text(message.get("userID")) : null;
      messages.add(new MessageView(number(message.get("messageID")), jmsId, textOf(message, "_AMQ_ORIG_ADDRESS"),
          textOf(message, "_AMQ_ORIG_QUEUE"), headers, jmsId == null ? null : Payloads.redacted(bodyOf(bodies, jmsId))));
    }
    return messages;
  }

  /** JMS names a message {@code ID:<user id>}; the management listing may give the user id with or without it. */
  private static String bodyOf(Map<String, String> bodies, String userId) {
    String body = bodies.get(userId);
    return body != null ? body : bodies.get("ID:" + userId);
  }

  /** Sends one message (by the broker's id) or all back to their original destination; how many went. */
  public long replay(String name, Long messageId) {
    if (!one(name).deadLetter()) {
      throw InvalidInputException.of("name", "only the dead-letter and expiry queues replay: " + REPLAYABLE);
    }
    String resource = BrokerManagement.QUEUE + name;
    if (messageId == null) {
      return number(broker.invoke(resource, "retryMessages"));
    }
    if (broker.invoke(resource, "retryMessage", messageId) != JsonValue.TRUE) {
      throw new RecordNotFoundException("Message");
    }
    return 1;
  }

  public long purge(String name) {
    one(name);
    return number(broker.invoke(BrokerManagement.QUEUE + name, "removeAllMessages"));
  }

  boolean isInternal(String queue) {
    return queue.startsWith("activemq.") || queue.startsWith("$") || queue.startsWith("notif.")
        || queue.equals(broker.replyQueue());
  }

  private static String textOf(JsonObject message, String key) {
    return message.containsKey(key) ? text(message.get(key)) : null;
  }

  private static String text(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static long number(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return number.longValue();
    }
    if (value instanceof JsonString string) {
      try {
        return Long.parseLong(string.getString());
      } catch (NumberFormatException notANumber) {
        throw new IllegalStateException("The broker answered " + string.getString() + " where a number was due");
      }
    }
    return 0;
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).isIntegral() ? ((JsonNumber) value).longValue() : ((JsonNumber) value).doubleValue();
      case TRUE -> true;
      case FALSE -> false;
      case NULL -> null;
      default -> value.toString();
    };
  }
}
