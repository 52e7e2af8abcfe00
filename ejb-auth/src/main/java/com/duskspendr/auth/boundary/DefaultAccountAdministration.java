package com.duskspendr.auth.boundary;

import com.duskspendr.auth.control.LoginThrottle;
import com.duskspendr.auth.control.SessionsClosed;
import com.duskspendr.auth.entity.Account;
import com.duskspendr.auth.entity.AccountRepository;
import com.duskspendr.auth.entity.Session;
import com.duskspendr.auth.entity.SessionRepository;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

@Stateless
public class DefaultAccountAdministration implements AccountAdministration {

  private static final Logger LOG = Logger.getLogger(DefaultAccountAdministration.class.getName());

  @Inject AccountRepository accounts;
  @Inject SessionRepository sessions;
  @Inject LoginThrottle throttle;
  @Inject Event<SessionsClosed> sessionsClosed;

  Clock clock = Clock.systemUTC();

  @Override
  public List<AccountSummary> search(String emailFragment, int offset, int limit) {
    return accounts.searchByEmail(emailFragment.strip().toLowerCase(Locale.ROOT), offset, limit).stream()
        .map(this::summary)
        .toList();
  }

  @Override
  public AccountSummary view(AccountId account) {
    return summary(existing(account));
  }

  @Override
  public AccountSummary lock(AccountId id) {
    Account account = existing(id);
    OffsetDateTime now = now();
    if (account.lock(now)) {
      List<Session> active = sessions.activeOf(account.id(), now);
      active.forEach(session -> session.revoke(now));
      List<UUID> open = active.stream().map(Session::id).toList();
      // After commit: this instance refuses their access tokens at once, the others on their next session check.
      sessionsClosed.fire(new SessionsClosed(open));
      LOG.info(() -> "Locked account " + id + ", revoked " + open.size() + " sessions");
    }
    return summary(account);
  }

  @Override
  public AccountSummary unlock(AccountId id) {
    Account account = existing(id);
    if (account.unlock(now())) {
      LOG.info(() -> "Unlocked account " + id);
    }
    return summary(account);
  }

  @Override
  public List<DeviceSession> sessions(AccountId id) {
    return sessions.activeOf(existing(id).id(), now()).stream()
        .map(s -> new DeviceSession(s.id(), s.deviceName(), s.createdAt(), s.lastUsedAt()))
        .toList();
  }

  @Override
  public void revokeSession(AccountId id, UUID sessionId) {
    Account account = existing(id);
    OffsetDateTime now = now();
    Session session = sessions.find(sessionId)
        .filter(candidate -> candidate.accountId().equals(account.id()))
        .filter(candidate -> candidate.isActiveAt(now))
        .orElseThrow(SessionNotFoundException::new);
    session.revoke(now);
    sessionsClosed.fire(SessionsClosed.of(session.id()));
  }

  @Override
  public void resetThrottling(AccountId id) {
    throttle.forgetAccount(existing(id).emailNormalized());
  }

  private Account existing(AccountId id) {
    return accounts.find(id.value()).orElseThrow(() -> new RecordNotFoundException("User"));
  }

  private AccountSummary summary(Account account) {
    return new AccountSummary(account.id(), account.email(), account.roles(), account.createdAt(),
        account.isEmailVerified(), account.lockedAt(), sessions.activeOf(account.id(), now()).size());
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
