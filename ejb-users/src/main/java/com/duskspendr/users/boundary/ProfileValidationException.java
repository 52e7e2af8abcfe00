package com.duskspendr.users.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** One or more profile fields are invalid; nothing was changed. */
@ApplicationException(rollback = true)
public class ProfileValidationException extends RuntimeException {

  /** One invalid field: its JSON path (for example {@code preferences.currency}) and what is wrong. */
  public record FieldIssue(String field, String issue) {}

  private final List<FieldIssue> issues;

  public ProfileValidationException(List<FieldIssue> issues) {
    super("The profile update is invalid");
    this.issues = List.copyOf(issues);
  }

  public List<FieldIssue> issues() {
    return issues;
  }
}
