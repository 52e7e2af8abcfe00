package com.duskspendr.auth.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Base of the auth failures callers handle. An application exception, so the container rolls back and
 * hands it to the caller unwrapped.
 */
@ApplicationException(rollback = true)
public abstract class AuthException extends RuntimeException {

  protected AuthException(String message) {
    super(message);
  }
}
