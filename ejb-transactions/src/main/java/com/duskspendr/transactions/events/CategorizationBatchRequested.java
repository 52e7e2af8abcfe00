package com.duskspendr.transactions.events;

import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventType;
import java.util.List;

/**
 * Version 1 of a batch on the categorization queue: up to {@link #MAX_REQUESTS} transactions of one user
 * waiting for a category, each exactly as a {@link CategorizationRequested} would carry it. A statement
 * import sends one per stored batch, so that the categorizer decides and writes back hundreds of
 * transactions in one transaction (one change-log update, one outbox batch) instead of one each. On a
 * queue of its own, so that imports never delay the transactions users create one at a time.
 */
public record CategorizationBatchRequested(String userId, List<CategorizationRequested> requests) {

  public static final String TYPE = "CategorizationBatchRequested";
  public static final int VERSION = 1;
  public static final int MAX_REQUESTS = 1000;
  public static final EventType EVENT =
      new EventType(TYPE, VERSION, TransactionEvents.PUBLISHER, Destinations.BULK_CATEGORIZATION_QUEUE);
}
