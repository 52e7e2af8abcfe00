package com.duskspendr.platform.messaging;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.tracing.CurrentTrace;
import com.duskspendr.platform.tracing.Spans;
import com.duskspendr.platform.tracing.TraceContext;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * The one writer and the one reader of {@link EventEnvelope}s on JMS: headers as {@link EventHeaders}
 * properties, the payload as the text body. Every producer and consumer goes through here.
 */
public final class EventMessages {

  /** Larger bodies are refused unread: no contract comes near it. */
  public static final int MAX_BODY_CHARS = 65_536;

  private EventMessages() {}

  /** Sends the envelope through the producer (in whatever transaction the producer's context is in). */
  public static void send(JMSProducer producer, Destination destination, EventEnvelope envelope) {
    send(producer, destination, envelope, null);
  }

  /**
   * Sends the envelope as part of a trace: the consumer's {@link #read} takes it up.
   *
   * @param trace null sends none
   */
  public static void send(JMSProducer producer, Destination destination, EventEnvelope envelope, TraceContext trace) {
    // a producer keeps its properties between sends: a message without a trace must not inherit the last one's
    producer.setProperty(TraceContext.TRACEPARENT, trace == null ? null : trace.traceparent());
    producer.setProperty(TraceContext.TRACESTATE, trace == null ? null : trace.state());
    producer.setProperty(EventHeaders.TYPE, envelope.type());
    producer.setProperty(EventHeaders.VERSION, envelope.version());
    producer.setProperty(EventHeaders.EVENT_ID, envelope.eventId().toString());
    producer.setProperty(EventHeaders.PUBLISHER, envelope.publisher());
    producer.setProperty(EventHeaders.OCCURRED_AT, envelope.occurredAt().toString());
    producer.setProperty(EventHeaders.OWNER, envelope.owner() == null ? null : envelope.owner().toString());
    // A relay that sent and then lost its commit sends again: the broker drops the copy.
    producer.setProperty(EventHeaders.BROKER_DUPLICATE_ID, envelope.eventId().toString());
    producer.send(destination, envelope.payload());
  }

  /**
   * Reads the envelope and makes the message's trace (a new span of it) the thread's {@link CurrentTrace},
   * or clears it when the message carries none, so that what the consumer publishes continues the trace
   * and never inherits the previous message's on a pooled thread. With telemetry on, that span is the
   * exported one {@link ConsumerSpans} started for this message.
   *
   * @throws MalformedMessageException when a header is missing or malformed, or the body is not text
   */
  public static EventEnvelope read(Message message) {
    ConsumedMessages.counted();
    CurrentTrace.set(Spans.current().or(() -> traceOf(message).map(TraceContext::child)).orElse(null));
    try {
      String type = required(message, EventHeaders.TYPE);
      int version;
      try {
        version = Integer.parseInt(required(message, EventHeaders.VERSION));
      } catch (NumberFormatException e) {
        throw new MalformedMessageException(EventHeaders.VERSION + " is not a number");
      }
      UUID eventId = uuid(required(message, EventHeaders.EVENT_ID), EventHeaders.EVENT_ID);
      String ownerText = message.getStringProperty(EventHeaders.OWNER);
      AccountId owner = ownerText == null ? null : new AccountId(uuid(ownerText, EventHeaders.OWNER));
      Instant occurredAt;
      try {
        occurredAt = Instant.parse(required(message, EventHeaders.OCCURRED_AT));
      } catch (DateTimeParseException e) {
        throw new MalformedMessageException(EventHeaders.OCCURRED_AT + " is not an ISO-8601 instant");
      }
      String publisher = message.getStringProperty(EventHeaders.PUBLISHER);
      if (!(message instanceof TextMessage text) || text.getText() == null || text.getText().isBlank()) {
        throw new MalformedMessageException("no text body");
      }
      String body = text.getText();
      if (body.length() > MAX_BODY_CHARS) {
        throw new MalformedMessageException("body of " + body.length() + " characters");
      }
      return new EventEnvelope(eventId, type, version, publisher == null ? "unknown" : publisher, owner, occurredAt, body);
    } catch (JMSException e) {
      throw new MalformedMessageException("unreadable message: " + e.getMessage());
    }
  }

  /** The trace the message was sent in, if it carries a valid one. */
  public static Optional<TraceContext> traceOf(Message message) {
    try {
      return TraceContext.parse(
          message.getStringProperty(TraceContext.TRACEPARENT), message.getStringProperty(TraceContext.TRACESTATE));
    } catch (JMSException unreadable) {
      return Optional.empty();
    }
  }

  /** The message's id and delivery count, for log lines about a message that could not be read. */
  public static String describe(Message message) {
    try {
      String count = message.propertyExists("JMSXDeliveryCount") ? message.getStringProperty("JMSXDeliveryCount") : "?";
      return message.getJMSMessageID() + " (delivery " + count + ")";
    } catch (JMSException e) {
      return "?";
    }
  }

  private static String required(Message message, String name) throws JMSException {
    String value = message.getStringProperty(name);
    if (value == null || value.isBlank()) {
      throw new MalformedMessageException(name + " is missing");
    }
    return value;
  }

  private static UUID uuid(String text, String name) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException(name + " is not a UUID");
    }
  }
}
