package com.duskspendr.web.sync;

import com.duskspendr.auth.boundary.AccessTokens;
import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.auth.boundary.ClientInfo;
import com.duskspendr.auth.boundary.Credentials;
import com.duskspendr.auth.boundary.Registration;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Test EJB: a writer as the ledger would be, logging a change in its own transaction and then holding the
 * transaction open a little (a slow commit), which is exactly when a naive sequence lets a later change
 * commit first and a reader skip the earlier one.
 */
@Stateless
public class ChangeLogProbe {

  @Inject ChangeLog changeLog;
  @Inject Event<AccountDeleted> accountDeleted;
  @Inject AccountService accounts;
  @Inject AccessTokens tokens;

  /** A real account, registered and signed in as a user would be: writes are accepted only for one. */
  public AccountId newAccount(String email, String password) {
    accounts.register(new Registration(email, password, "Probe"));
    var pair = accounts.login(new Credentials(email, password), new ClientInfo("127.0.0.1", "ChangeLogOrderingIT"));
    return tokens.verify(pair.accessToken()).orElseThrow().accountId();
  }

  public void write(AccountId owner, String id, long version, boolean delete, long holdMillis) throws InterruptedException {
    if (delete) {
      changeLog.deleted(owner, ChangeLog.Entity.RULE, id, version);
    } else {
      changeLog.upserted(owner, ChangeLog.Entity.RULE, id, version);
    }
    if (holdMillis > 0) {
      Thread.sleep(holdMillis);
    }
  }

  /** Fires the account deletion as auth does: synchronously, inside the deleting transaction. */
  public void deleteAccount(AccountId owner) {
    accountDeleted.fire(new AccountDeleted(owner));
  }
}
