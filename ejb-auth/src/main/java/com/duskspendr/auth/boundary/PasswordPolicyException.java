package com.duskspendr.auth.boundary;

import java.util.List;

/** The chosen password breaks the policy; {@link #issues()} says how, one sentence each. */
public class PasswordPolicyException extends AuthException {

  private final List<String> issues;

  public PasswordPolicyException(List<String> issues) {
    super("The password does not meet the password policy");
    this.issues = List.copyOf(issues);
  }

  public List<String> issues() {
    return issues;
  }
}
