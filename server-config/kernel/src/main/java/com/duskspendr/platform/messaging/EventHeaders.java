package com.duskspendr.platform.messaging;

/**
 * The message properties every message carries, on the topic and on queues alike, so that consumers can
 * select on them without parsing the body ({@code eventType = 'TransactionRecorded' AND eventVersion = 1}).
 * The body is the payload's JSON, exactly the contract record of its type and version.
 */
public final class EventHeaders {

  /** The contract's name, e.g. {@code TransactionRecorded}. */
  public static final String TYPE = "eventType";

  /** The contract's version; a consumer selects the versions it understands. */
  public static final String VERSION = "eventVersion";

  /** Stable across redeliveries and relays: consumers are idempotent by it. */
  public static final String EVENT_ID = "eventId";

  /** The account the event belongs to. */
  public static final String OWNER = "userId";

  /** When the change happened (ISO-8601 instant), not when the message was sent. */
  public static final String OCCURRED_AT = "occurredAt";

  /** The context that owns the contract (auth, transactions, ml, ...). */
  public static final String PUBLISHER = "publisher";

  /** The instance whose relay sent the message (diagnostics: which instance relays what). */
  public static final String RELAYED_BY = "relayedBy";

  /** Artemis' duplicate-detection property: the broker drops a second message with the same value. */
  public static final String BROKER_DUPLICATE_ID = "_AMQ_DUPL_ID";

  private EventHeaders() {}
}
