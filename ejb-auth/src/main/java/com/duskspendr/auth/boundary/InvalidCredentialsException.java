package com.duskspendr.auth.boundary;

/**
 * Wrong email, wrong password, or an invalid, expired or reused refresh token. One message for all of
 * them so that answers do not reveal which accounts exist.
 */
public class InvalidCredentialsException extends AuthException {

  public InvalidCredentialsException(String message) {
    super(message);
  }
}
