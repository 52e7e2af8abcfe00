package com.duskspendr.web.auth;

import com.duskspendr.web.envelope.Meta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: the success envelopes of the auth endpoints, as OpenAPI schemas. Each carries a
 * type-level {@code @Schema} because Payara resolves {@code @Schema(implementation = ...)} only by copying a
 * schema it has already registered, and it registers a class only when the class is a request body type or
 * carries {@code @Schema} itself; without it every response schema is an empty object.
 */
final class AuthSchemas {

  private AuthSchemas() {}

  @Schema(description = "The registration was taken in: check your email")
  record RegistrationEnvelope(boolean success, RegistrationResponse data, Meta meta) {}

  @Schema(description = "A token pair")
  record TokenEnvelope(boolean success, TokenResponse data, Meta meta) {}

  @Schema(description = "The caller's device sessions")
  record SessionsEnvelope(boolean success, List<SessionResponse> data, Meta meta) {}

  @Schema(description = "The external identity providers users may sign in with")
  record ProvidersEnvelope(boolean success, List<ExternalSignInResponses.Provider> data, Meta meta) {}

  @Schema(description = "A single-use nonce for one external sign-in")
  record ChallengeEnvelope(boolean success, ExternalSignInResponses.Challenge data, Meta meta) {}

  @Schema(description = "A provider identity linked to the caller's account")
  record LinkEnvelope(boolean success, ExternalSignInResponses.Link data, Meta meta) {}

  @Schema(description = "The provider identities linked to the caller's account")
  record LinksEnvelope(boolean success, List<ExternalSignInResponses.Link> data, Meta meta) {}

  @Schema(description = "An RFC 7517 JWK Set; not enveloped")
  record JwkSet(List<Jwk> keys) {}

  @Schema(description = "An RSA public key; use and alg are absent for a configured key that does not name them")
  record Jwk(String kty, String kid, String use, String alg, String n, String e) {}
}
