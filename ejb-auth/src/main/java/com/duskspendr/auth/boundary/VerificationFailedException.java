package com.duskspendr.auth.boundary;

/** An email verification token that is unknown, used or expired: one answer for all three. */
public class VerificationFailedException extends AuthException {

  private static final long serialVersionUID = 1L;

  public VerificationFailedException() {
    super("Invalid or expired verification token");
  }
}
