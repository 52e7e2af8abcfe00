package com.duskspendr.transactions.events;

import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventType;

/**
 * Version 1 of the message on the categorization queue: a transaction waiting for a category. The amount
 * is an exact decimal string. The categorizer must check that the transaction is still pending before it
 * files it: the user may have chosen a category meanwhile.
 */
public record CategorizationRequested(
    String transactionId, String userId, String merchantName, String description, String amount, String currency) {

  public static final String TYPE = "CategorizationRequested";
  public static final int VERSION = 1;
  public static final EventType EVENT =
      new EventType(TYPE, VERSION, TransactionEvents.PUBLISHER, Destinations.CATEGORIZATION_QUEUE);
}
