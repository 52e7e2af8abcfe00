package com.duskspendr.transactions.events;

import com.duskspendr.platform.messaging.EventType;
import java.util.UUID;

/**
 * Version 1 of {@value #TYPE}: someone else added an expense the recipient (the message's {@code userId})
 * has a share of; one message per such member, none for the member who added it. Amounts are exact decimal
 * strings at the currency's minor digits.
 *
 * @param share what the recipient owes of it
 */
public record SharedExpenseAdded(
    int version,
    UUID groupId,
    String groupName,
    UUID expenseId,
    String description,
    String amount,
    String share,
    String currency,
    UUID addedBy) {

  public static final String TYPE = "SharedExpenseAdded";
  public static final int CURRENT_VERSION = 1;
  public static final EventType EVENT = EventType.domainEvent(TYPE, CURRENT_VERSION, TransactionEvents.PUBLISHER);
}
