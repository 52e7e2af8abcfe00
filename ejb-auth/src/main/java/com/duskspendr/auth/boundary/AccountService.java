package com.duskspendr.auth.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The auth use cases. Every method that takes an {@link AccountId} acts only on that account's data:
 * callers pass the id of the authenticated caller, never one taken from the request.
 */
public interface AccountService {

  /**
   * Opens an account (usable at once, its email unverified) and mails the verification link; fires {@code
   * AccountRegistered} in the same transaction. For an email that already has an account it changes
   * nothing and mails that account's owner instead. Either way the caller learns nothing, in the answer
   * or in its timing: the password is hashed in both cases.
   *
   * @throws EmailAlreadyRegisteredException only when a concurrent registration of the same email won
   *     (the caller answers as for any registration)
   */
  void register(@NotNull @Valid Registration registration);

  /** Proves the account's email with the mailed token; fires {@code AccountVerified}. */
  void verifyEmail(@NotBlank String token);

  /**
   * Checks the credentials, throttled like a login, without opening a session: the OAuth consent page
   * signs the user in for one decision.
   */
  AccountId authenticate(@NotNull @Valid Credentials credentials, @NotNull ClientInfo client);

  /** Checks the credentials and opens a new device session. */
  TokenPair login(@NotNull @Valid Credentials credentials, @NotNull ClientInfo client);

  /** Rotates a refresh token; reuse of a rotated token revokes the whole session family. */
  TokenPair refresh(@NotBlank String refreshToken, @NotNull ClientInfo client);

  /** Revokes the session the refresh token belongs to; unknown tokens are ignored (idempotent). */
  void logout(@NotBlank String refreshToken);

  List<DeviceSession> sessions(@NotNull AccountId accountId);

  /** Revokes one of the caller's sessions; another account's session answers as not found. */
  void revokeSession(@NotNull AccountId accountId, @NotNull UUID sessionId);

  /** Verifies the password, erases the account and its sessions; fires {@code AccountDeleted}. */
  void deleteAccount(@NotNull AccountId accountId, @NotNull String password);

  /** Creates the admin account from configuration when it does not exist yet (idempotent). */
  void ensureAdmin(@NotBlank String email, @NotBlank String password);
}
