package com.duskspendr.auth.events;

import com.duskspendr.platform.identity.AccountId;

/**
 * Version 1 of the event fired (synchronously, in the deleting transaction) when a user deletes their
 * account. Every context that keeps per-user data observes it and erases that data: privacy first.
 */
public record AccountDeleted(int version, AccountId accountId) {

  public static final int CURRENT_VERSION = 1;

  public AccountDeleted(AccountId accountId) {
    this(CURRENT_VERSION, accountId);
  }
}
