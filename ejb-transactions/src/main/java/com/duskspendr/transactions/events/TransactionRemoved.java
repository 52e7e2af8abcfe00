package com.duskspendr.transactions.events;

import com.duskspendr.platform.messaging.EventType;

/** Version 1 of {@value #TYPE}: a transaction was deleted; the fields are its last state. */
public record TransactionRemoved(
    String userId,
    String transactionId,
    long version,
    String amount,
    String currency,
    String date,
    String merchantName,
    String categoryId) {

  public static final String TYPE = "TransactionRemoved";
  public static final int VERSION = 1;
  public static final EventType EVENT = EventType.domainEvent(TYPE, VERSION, TransactionEvents.PUBLISHER);
}
