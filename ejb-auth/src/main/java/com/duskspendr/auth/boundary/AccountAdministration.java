package com.duskspendr.auth.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What an admin does to other accounts (issue 17). Callers check the admin role; every method takes the id of
 * the account acted on. Unknown ids answer {@code RecordNotFoundException}.
 */
public interface AccountAdministration {

  /** Accounts whose email contains the fragment (case-insensitive), in email order. */
  List<AccountSummary> search(
      @NotNull @Size(max = 320) String emailFragment, @Min(0) int offset, @Min(1) @Max(100) int limit);

  AccountSummary view(@NotNull AccountId account);

  /**
   * Locks the account out: new logins and refreshes are refused, and every session (devices and OAuth grants)
   * is revoked, so its access tokens stop working at once (the bearer check asks for the session on every
   * request).
   */
  AccountSummary lock(@NotNull AccountId account);

  AccountSummary unlock(@NotNull AccountId account);

  /** The account's open sessions, devices and OAuth grants alike. */
  List<DeviceSession> sessions(@NotNull AccountId account);

  /** Revokes one open session of that account; another account's session answers as not found. */
  void revokeSession(@NotNull AccountId account, @NotNull UUID sessionId);

  /** Forgets the account's failed-login counters (per account and per account and address). */
  void resetThrottling(@NotNull AccountId account);
}
