package com.duskspendr.auth.oauth.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The OAuth 2.0 authorization server. The web tier hands over HTTP requests as the Nimbus SDK models them
 * and writes out the SDK's answers: every protocol message is parsed and written by the SDK, never by hand.
 */
public interface AuthorizationServer {

  /** An authorization request (RFC 6749 4.1.1 with PKCE, RFC 7636), as the full request URI. */
  AuthorizationStep authorize(@NotNull URI requestUri);

  /** The consent prompt of a pending request again (after a wrong password), or why it is gone. */
  AuthorizationStep prompt(@NotNull String handle);

  /**
   * The user's decision on a pending request, which it consumes.
   *
   * @param approvedBy the authenticated user who approves, or null for a denial
   */
  AuthorizationStep decide(@NotNull String handle, AccountId approvedBy);

  /** The token endpoint (RFC 6749 3.2): authorization code, refresh token, client credentials. */
  HTTPResponse token(@NotNull HTTPRequest request);

  /** Token revocation (RFC 7009). */
  HTTPResponse revoke(@NotNull HTTPRequest request);

  /** Token introspection (RFC 7662), for authenticated confidential clients. */
  HTTPResponse introspect(@NotNull HTTPRequest request);

  /**
   * Authorization server metadata (RFC 8414) as JSON.
   *
   * @param apiBase the public base of the API ({@code https://host/api/}), which the endpoints are below
   */
  String metadata(@NotNull URI apiBase);

  /** The OAuth clients the user granted access to, newest first. */
  List<GrantView> grants(@NotNull AccountId accountId);

  /** Revokes one of the user's grants: its tokens stop working at once. Another user's answers as not found. */
  void revokeGrant(@NotNull AccountId accountId, @NotNull UUID grantId);
}
