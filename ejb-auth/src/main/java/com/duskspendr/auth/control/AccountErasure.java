package com.duskspendr.auth.control;

import com.duskspendr.auth.entity.Account;
import com.duskspendr.auth.entity.AccountRepository;
import com.duskspendr.auth.entity.Session;
import com.duskspendr.auth.entity.SessionRepository;
import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Erases an account whose owner has just proved who they are (a password, or a fresh ID token of a linked
 * provider), in the caller's transaction: every context erases its data on {@link AccountDeleted} in that
 * same transaction, so the erasure is all or nothing.
 */
@ApplicationScoped
public class AccountErasure {

  private static final Logger LOG = Logger.getLogger(AccountErasure.class.getName());

  @Inject AccountRepository accounts;
  @Inject SessionRepository sessions;
  @Inject LoginThrottle throttle;
  @Inject Event<AccountDeleted> deleted;
  @Inject Event<SessionsClosed> sessionsClosed;

  Clock clock = Clock.systemUTC();

  /** @param account as {@code AccountRepository.findForDeletion} found (and locked) it */
  public void erase(Account account) {
    AccountId id = new AccountId(account.id());
    deleted.fire(new AccountDeleted(id));
    // The database deletes the sessions with the account; this instance forgets them once that commits.
    sessionsClosed.fire(new SessionsClosed(
        sessions.activeOf(account.id(), Timestamps.now(clock)).stream().map(Session::id).toList()));
    // The counters' keys hold the email: personal data, erased with the account.
    throttle.forgetAccount(account.emailNormalized());
    accounts.delete(account);
    LOG.info(() -> "Deleted account " + id);
  }
}
