package com.duskspendr.auth.boundary;

/** No such session for this account (also when it belongs to someone else: existence is not revealed). */
public class SessionNotFoundException extends AuthException {

  public SessionNotFoundException() {
    super("Session not found");
  }
}
