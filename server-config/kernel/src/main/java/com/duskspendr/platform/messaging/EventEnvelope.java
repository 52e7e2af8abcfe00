package com.duskspendr.platform.messaging;

import com.duskspendr.platform.identity.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message as it travels: the contract's name and version, a stable id, the owner, when it happened,
 * who publishes it, and the payload's JSON. {@link EventMessages} writes it to and reads it from a JMS
 * message; the outbox stores exactly these fields.
 *
 * @param owner null for an event that belongs to no account
 */
public record EventEnvelope(
    UUID eventId, String type, int version, String publisher, AccountId owner, Instant occurredAt, String payload) {

  public EventEnvelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(payload, "payload");
  }

  /** A new envelope for a payload of the given contract, with a fresh id. */
  public static EventEnvelope of(EventType type, AccountId owner, Instant occurredAt, Object payload) {
    return new EventEnvelope(
        UUID.randomUUID(), type.name(), type.version(), type.publisher(), owner, occurredAt, EventJson.write(payload));
  }

  /** Whether this is the given contract (name and version). */
  public boolean is(String typeName, int typeVersion) {
    return type.equals(typeName) && version == typeVersion;
  }

  /** The payload bound to its contract record. */
  public <T> T payloadAs(Class<T> contract) {
    return EventJson.read(payload, contract);
  }
}
