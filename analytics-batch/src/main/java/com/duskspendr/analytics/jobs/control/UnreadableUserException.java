package com.duskspendr.analytics.jobs.control;

/** One user's changes could not be read; the job skips the user (who stays marked) and goes on. */
public class UnreadableUserException extends RuntimeException {

  public UnreadableUserException(String message, Throwable cause) {
    super(message, cause);
  }
}
