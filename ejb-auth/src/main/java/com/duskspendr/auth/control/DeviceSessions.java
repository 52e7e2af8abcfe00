package com.duskspendr.auth.control;

import com.duskspendr.auth.boundary.TokenPair;
import com.duskspendr.auth.entity.Account;
import com.duskspendr.auth.entity.Session;
import com.duskspendr.auth.entity.SessionRepository;
import com.duskspendr.auth.events.SecurityEventOccurred;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A phone's session, opened once its owner has proved who they are, whichever way (a password, or an identity
 * provider's ID token): one lifetime, one "signed in on a new device" notice and one token pair for every way
 * in, so that a new way of signing in cannot quietly skip the notice.
 */
@ApplicationScoped
public class DeviceSessions {

  @Inject SessionRepository sessions;
  @Inject SessionTokens tokens;
  @Inject Outbox outbox;

  /** Each refresh moves the session's expiry this far ahead: a device in use stays signed in. */
  @Inject
  @ConfigProperty(name = "duskspendr.auth.refresh-token-ttl", defaultValue = "P30D")
  Duration sessionTtl;

  /** Opens a first-party session for {@code deviceName} (may be null) and issues its first token pair. */
  public TokenPair open(Account account, String deviceName, OffsetDateTime now) {
    List<Session> open = sessions.activeOf(account.id(), now).stream().filter(Session::isFirstParty).toList();
    Session session = new Session(UUID.randomUUID(), account.id(), deviceName, now, expiryFrom(now));
    // The account's first session is no news; a device none of the open sessions has is.
    if (!open.isEmpty() && open.stream().noneMatch(s -> Objects.equals(s.deviceName(), deviceName))) {
      notice(account.id(), SecurityEventOccurred.NEW_DEVICE_LOGIN, session, now);
    }
    sessions.add(session);
    return tokens.issue(account.id(), AccountGroups.of(account), session, now);
  }

  /** Where a session opened or refreshed at {@code now} ends. */
  public OffsetDateTime expiryFrom(OffsetDateTime now) {
    return now.plus(sessionTtl);
  }

  /** Through the outbox, in this transaction: the owner hears of it (notifications) once it commits. */
  public void notice(UUID accountId, String kind, Session session, OffsetDateTime now) {
    outbox.publish(SecurityEventOccurred.EVENT, new AccountId(accountId),
        new SecurityEventOccurred(kind, session.id().toString(), session.deviceName(), now.toInstant().toString()));
  }
}
