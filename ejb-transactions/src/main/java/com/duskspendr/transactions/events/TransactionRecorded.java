package com.duskspendr.transactions.events;

import com.duskspendr.platform.messaging.EventType;

/**
 * Version 1 of {@value #TYPE}: a transaction was created. Amount is an exact decimal string with the
 * currency's minor digits; date is ISO ({@code 2024-05-01}); merchantName and categoryId may be null.
 */
public record TransactionRecorded(
    String userId,
    String transactionId,
    long version,
    String amount,
    String currency,
    String date,
    String merchantName,
    String categoryId) {

  public static final String TYPE = "TransactionRecorded";
  public static final int VERSION = 1;
  public static final EventType EVENT = EventType.domainEvent(TYPE, VERSION, TransactionEvents.PUBLISHER);
}
