package com.duskspendr.auth.control;

import java.util.List;
import java.util.UUID;

/**
 * Device sessions that were just signed out, revoked or deleted with their account: a CDI event observed
 * after the transaction commits, so that this instance refuses their access tokens at once, and only when
 * the closing is for real (a rolled-back revocation must not lock a device out).
 */
public record SessionsClosed(List<UUID> sessionIds) {

  public SessionsClosed {
    sessionIds = List.copyOf(sessionIds);
  }

  public static SessionsClosed of(UUID sessionId) {
    return new SessionsClosed(List.of(sessionId));
  }
}
