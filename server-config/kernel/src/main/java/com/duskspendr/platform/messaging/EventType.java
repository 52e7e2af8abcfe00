package com.duskspendr.platform.messaging;

import java.util.Objects;

/**
 * One versioned message contract: its name, version, the context that owns it and where it goes. Each
 * contract record declares its own, beside the {@code TYPE} and {@code VERSION} constants that message
 * selectors need at compile time.
 *
 * @param destination the JNDI name of the queue or topic (one of {@link Destinations})
 */
public record EventType(String name, int version, String publisher, String destination) {

  public EventType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(destination, "destination");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
  }

  /** A domain event, published on the domain-events topic. */
  public static EventType domainEvent(String name, int version, String publisher) {
    return new EventType(name, version, publisher, Destinations.DOMAIN_EVENTS_TOPIC);
  }
}
