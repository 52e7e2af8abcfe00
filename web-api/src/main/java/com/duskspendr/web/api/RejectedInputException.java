package com.duskspendr.web.api;

import com.duskspendr.web.envelope.FieldIssue;

/** A request refused by a rule that holds for every endpoint (see {@link PlainText}); answers 400 with the field. */
public class RejectedInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FieldIssue issue;

  public RejectedInputException(String field, String issue) {
    super(field + " " + issue);
    this.issue = new FieldIssue(field, issue);
  }

  public FieldIssue issue() {
    return issue;
  }
}
