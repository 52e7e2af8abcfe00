package com.duskspendr.auth.boundary;

/**
 * The mails registration sends. An interface because sending mail belongs to the notifications context,
 * which arrives later and provides the real implementation (a CDI alternative); until then {@code
 * LoggingAccountMail} writes them to the server log.
 */
public interface AccountMail {

  /** To a new account's address: the link that proves it ({@code token} goes into the link). */
  void verifyAddress(String email, String token);

  /** To an existing account's address: someone tried to register it again (maybe its owner, who forgot). */
  void registrationAttempted(String email);
}
