package com.duskspendr.auth.control;

/** The claim names and defaults the issuer writes and the verifier checks: one list, so they cannot drift. */
public final class AccessTokenClaims {

  public static final String UPN = "upn";
  public static final String GROUPS = "groups";
  public static final String SESSION = "sid";
  /** The OAuth client a token was issued to (authorized party); absent on first-party tokens. */
  public static final String AUTHORIZED_PARTY = "azp";
  /** Space-separated scopes of an OAuth client's token (RFC 9068 2.2.3). */
  public static final String SCOPE = "scope";

  /** {@code aud} of our access tokens unless {@code duskspendr.jwt.audience} says otherwise. */
  public static final String DEFAULT_AUDIENCE = "duskspendr-api";

  /** {@code iss} of our access tokens unless {@code duskspendr.jwt.issuer} says otherwise: the issuer and the verifier read the same default. */
  public static final String DEFAULT_ISSUER = "https://duskspendr.app";

  private AccessTokenClaims() {}
}
