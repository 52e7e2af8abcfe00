package com.duskspendr.auth.events;

import com.duskspendr.platform.messaging.EventType;

/**
 * Version 1 of {@value #TYPE}, published on the domain-events topic (through the outbox, in the
 * transaction of the change) when something happens to an account that its owner must hear of at once,
 * so that notifications can tell them even if it was not them.
 *
 * @param kind {@code new_device_login}: a sign-in from a device name none of the account's open sessions
 *     has (the first sign-in of an account is not one); {@code session_revoked}: the owner closed one of
 *     their device sessions
 * @param deviceName the session's device name; null when the client gave none
 * @param occurredAt ISO-8601 instant
 */
public record SecurityEventOccurred(String kind, String sessionId, String deviceName, String occurredAt) {

  public static final String TYPE = "SecurityEventOccurred";
  public static final int VERSION = 1;
  public static final String PUBLISHER = "auth";
  public static final EventType EVENT = EventType.domainEvent(TYPE, VERSION, PUBLISHER);

  public static final String NEW_DEVICE_LOGIN = "new_device_login";
  public static final String SESSION_REVOKED = "session_revoked";
}
