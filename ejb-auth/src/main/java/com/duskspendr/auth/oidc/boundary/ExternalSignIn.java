package com.duskspendr.auth.oidc.boundary;

import com.duskspendr.auth.boundary.ClientInfo;
import com.duskspendr.auth.boundary.TokenPair;
import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Sign-in with an external OpenID Connect provider, and linking such identities to accounts. The app runs
 * the provider's own flow (authorization code with PKCE in the system browser) with a nonce from
 * {@link #challenge}, and hands us the ID token; we verify it against the provider's keys, issuer,
 * audience, expiry and that single-use nonce. An identity is its issuer and subject, never its email.
 */
public interface ExternalSignIn {

  List<IdentityProviderView> providers();

  /** A fresh single-use nonce for one sign-in or link with this provider. */
  SignInChallenge challenge(@NotBlank String provider);

  /**
   * Opens a device session for the account the identity is linked to. An identity not linked yet opens a
   * new account when the provider vouches for its email and no account has it; when one does, nothing is
   * linked automatically (a provider account must not take over ours): the answer says to sign in with the
   * password and link.
   */
  TokenPair signIn(@NotBlank String provider, @NotBlank String idToken, @NotNull ClientInfo client);

  /** Links the identity to the caller's account (idempotent for the same account). */
  LinkedIdentity link(@NotNull AccountId accountId, @NotBlank String provider, @NotBlank String idToken);

  List<LinkedIdentity> links(@NotNull AccountId accountId);

  /** Removes one of the caller's links; another account's link answers as not found. */
  void unlink(@NotNull AccountId accountId, @NotNull UUID linkId);

  /**
   * Erases the caller's account and everything it owns, proved by a fresh ID token (with one of our nonces) for
   * an identity linked to it: the way an account opened through a provider, whose password nobody knows,
   * confirms its deletion. A token of another identity is refused and spends nothing.
   */
  void deleteAccount(@NotNull AccountId accountId, @NotBlank String provider, @NotBlank String idToken);
}
