package com.duskspendr.platform.failure;

/**
 * The request conflicts with what the server holds: a stale version (the caller's copy is older than the
 * server's), or an idempotency key reused with a different body. {@link #current()} is the server's
 * current record when the client should see it (may be null).
 */
public class ConflictException extends DomainException {

  private final transient Object current;

  public ConflictException(String message, Object current) {
    super(message);
    this.current = current;
  }

  public Object current() {
    return current;
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
