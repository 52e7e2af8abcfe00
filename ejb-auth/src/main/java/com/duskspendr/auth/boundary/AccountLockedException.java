package com.duskspendr.auth.boundary;

/**
 * The account is locked by an admin. Thrown only after the password was checked, so it tells nothing to
 * someone who does not know it.
 */
public class AccountLockedException extends AuthException {

  public AccountLockedException() {
    super("This account is locked; contact support");
  }
}
