package com.duskspendr.auth.boundary;

/** The email (compared case-insensitively) belongs to an existing account. */
public class EmailAlreadyRegisteredException extends AuthException {

  public EmailAlreadyRegisteredException() {
    super("An account with this email already exists");
  }
}
