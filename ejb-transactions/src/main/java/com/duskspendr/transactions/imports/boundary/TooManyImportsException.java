package com.duskspendr.transactions.imports.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * The user already has as many imports in flight as one account may: a new one is refused (429) rather than
 * queued, so that one account cannot fill the workers that every account shares.
 */
@ApplicationException(rollback = true)
public class TooManyImportsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  public TooManyImportsException(int inFlight, Duration retryAfter) {
    super("You already have " + inFlight + " statement imports running; try again when one has finished");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
