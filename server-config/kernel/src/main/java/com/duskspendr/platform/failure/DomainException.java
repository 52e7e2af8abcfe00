package com.duskspendr.platform.failure;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Base of the failures callers handle. An application exception: the container rolls the transaction back
 * and hands it over unwrapped.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

  /** What the failure means for the client. */
  public enum Kind {
    NOT_FOUND,
    INVALID,
    CONFLICT
  }

  /**
   * One invalid input field: its JSON path (e.g. {@code amount}, {@code changes[3].data.date}) and the problem.
   * Serializable like the exception that carries it, or a remote caller gets a serialization failure instead.
   */
  public record FieldIssue(String field, String issue) implements java.io.Serializable {}

  protected DomainException(String message) {
    super(message);
  }

  public abstract Kind kind();

  /** Field details for {@link Kind#INVALID}; empty otherwise. */
  public List<FieldIssue> issues() {
    return List.of();
  }
}
