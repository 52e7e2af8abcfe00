package com.duskspendr.auth.boundary;

/**
 * The account a write acts for no longer exists (deleted, possibly while its token was still in flight).
 * Answered like any other unauthenticated request: the client has no account to act for.
 */
public class AccountGoneException extends AuthException {

  public AccountGoneException() {
    super("This account no longer exists");
  }
}
