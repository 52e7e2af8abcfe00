package com.duskspendr.platform.failure;

import java.util.List;

/** One or more input fields are invalid; nothing was changed. */
public class InvalidInputException extends DomainException {

  private final List<FieldIssue> issues;

  public InvalidInputException(List<FieldIssue> issues) {
    this("The request is invalid", issues);
  }

  /** With a message of the failing use case's own ("The profile update is invalid"). */
  protected InvalidInputException(String message, List<FieldIssue> issues) {
    super(message);
    this.issues = List.copyOf(issues);
  }

  public static InvalidInputException of(String field, String issue) {
    return new InvalidInputException(List.of(new FieldIssue(field, issue)));
  }

  @Override
  public Kind kind() {
    return Kind.INVALID;
  }

  @Override
  public List<FieldIssue> issues() {
    return issues;
  }
}
