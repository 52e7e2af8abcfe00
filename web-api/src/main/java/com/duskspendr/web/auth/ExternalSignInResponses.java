package com.duskspendr.web.auth;

import com.duskspendr.auth.oidc.boundary.IdentityProviderView;
import com.duskspendr.auth.oidc.boundary.LinkedIdentity;
import com.duskspendr.auth.oidc.boundary.SignInChallenge;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The bodies of {@code /api/v1/auth/oidc}: what the app needs to run a provider's flow, and the caller's links. */
public final class ExternalSignInResponses {

  private ExternalSignInResponses() {}

  /** A provider the app may offer: it runs that provider's flow with {@code clientId} against {@code issuer}. */
  public record Provider(String name, String displayName, String issuer, String clientId) {
    static Provider from(IdentityProviderView view) {
      return new Provider(view.name(), view.displayName(), view.issuer(), view.clientId());
    }
  }

  /** The nonce to put into the provider's authorization request; the ID token must carry it back, once. */
  public record Challenge(String provider, String nonce, OffsetDateTime expiresAt, String issuer, String clientId) {
    static Challenge from(SignInChallenge challenge) {
      return new Challenge(challenge.provider(), challenge.nonce(), challenge.expiresAt(), challenge.issuer(),
          challenge.clientId());
    }
  }

  /** A provider identity linked to the caller's account; {@code email} is what the provider said at linking. */
  @JsonbNillable
  public record Link(UUID id, String provider, String email, OffsetDateTime linkedAt, OffsetDateTime lastUsedAt) {
    static Link from(LinkedIdentity identity) {
      return new Link(identity.id(), identity.provider(), identity.email(), identity.linkedAt(), identity.lastUsedAt());
    }
  }
}
