package com.duskspendr.transactions.events;

import com.duskspendr.platform.messaging.EventType;
import java.util.UUID;

/**
 * Version 1 of {@value #TYPE}: a payment between two members of a group was recorded; sent to the party who
 * did not record it (the message's {@code userId}). The amount is an exact decimal string.
 */
public record SettlementRecorded(
    int version, UUID groupId, String groupName, UUID settlementId, UUID from, UUID to, String amount,
    String currency, UUID recordedBy) {

  public static final String TYPE = "SettlementRecorded";
  public static final int CURRENT_VERSION = 1;
  public static final EventType EVENT = EventType.domainEvent(TYPE, CURRENT_VERSION, TransactionEvents.PUBLISHER);
}
