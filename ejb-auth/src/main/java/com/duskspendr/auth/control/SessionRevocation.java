package com.duskspendr.auth.control;

import com.duskspendr.auth.entity.SessionRepository;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Revokes a session whose used refresh token came back: someone holds a copy of it, so the whole token
 * family is no longer trusted.
 */
@Stateless
public class SessionRevocation {

  private static final Logger LOG = Logger.getLogger(SessionRevocation.class.getName());

  @Inject SessionRepository sessions;
  @Inject Event<SessionsClosed> sessionsClosed;

  Clock clock = Clock.systemUTC();

  /**
   * In a transaction of its own: the caller then answers 401 with an exception that rolls its own
   * transaction back, and the revocation must survive that.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void revokeAfterTokenReuse(UUID sessionId) {
    sessions.revoke(sessionId, Timestamps.now(clock));
    // The thief may already hold a fresh access token of this family: it must stop working now.
    sessionsClosed.fire(SessionsClosed.of(sessionId));
    LOG.warning(() -> "Refresh token reused; revoked session " + sessionId);
  }
}
