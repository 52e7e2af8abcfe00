package com.duskspendr.transactions.events;

import com.duskspendr.platform.messaging.EventType;
import java.util.UUID;

/**
 * Version 1 of {@value #TYPE}: a member invited an email address into a group. It names the address, not an
 * account (the inviter never learns whether it has one), so the message carries no {@code userId}; a
 * notifier mails the address or, once its owner signs in, shows the pending invitation.
 */
public record GroupInvitationCreated(
    int version, UUID invitationId, UUID groupId, String groupName, String email, UUID invitedBy) {

  public static final String TYPE = "GroupInvitationCreated";
  public static final int CURRENT_VERSION = 1;
  public static final EventType EVENT = EventType.domainEvent(TYPE, CURRENT_VERSION, TransactionEvents.PUBLISHER);
}
