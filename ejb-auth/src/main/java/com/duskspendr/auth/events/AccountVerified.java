package com.duskspendr.auth.events;

import com.duskspendr.platform.identity.AccountId;

/**
 * Version 1 of the event fired (synchronously, in the verifying transaction) when an account's owner has
 * proven the email address. What an account contributes to other users waits for it: a context that
 * counts distinct users (k-anonymous retraining) counts only verified ones.
 */
public record AccountVerified(int version, AccountId accountId) {

  public static final int CURRENT_VERSION = 1;

  public AccountVerified(AccountId accountId) {
    this(CURRENT_VERSION, accountId);
  }
}
