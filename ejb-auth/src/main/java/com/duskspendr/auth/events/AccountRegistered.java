package com.duskspendr.auth.events;

import com.duskspendr.platform.identity.AccountId;

/**
 * Version 1 of the event fired (synchronously, in the registering transaction) when an account is created.
 * Observers create their own per-user data; an exception in an observer rolls the registration back.
 */
public record AccountRegistered(int version, AccountId accountId, String email, String displayName) {

  public static final int CURRENT_VERSION = 1;

  public AccountRegistered(AccountId accountId, String email, String displayName) {
    this(CURRENT_VERSION, accountId, email, displayName);
  }
}
