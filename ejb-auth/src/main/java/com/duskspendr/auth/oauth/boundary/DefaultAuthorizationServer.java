package com.duskspendr.auth.oauth.boundary;

import com.duskspendr.auth.boundary.AccessTokens;
import com.duskspendr.auth.boundary.TokenPair;
import com.duskspendr.auth.boundary.VerifiedAccessToken;
import com.duskspendr.auth.control.AccessTokenIssuer;
import com.duskspendr.auth.control.RefreshTokens;
import com.duskspendr.auth.control.SessionTokens;
import com.duskspendr.auth.control.SessionsClosed;
import com.duskspendr.auth.entity.AccountRepository;
import com.duskspendr.auth.entity.RefreshTokenRepository;
import com.duskspendr.auth.entity.Session;
import com.duskspendr.auth.entity.SessionRepository;
import com.duskspendr.auth.oauth.control.ClientAuthenticator;
import com.duskspendr.auth.oauth.control.ScopeRequest;
import com.duskspendr.auth.oauth.entity.AuthorizationCode;
import com.duskspendr.auth.oauth.entity.OAuthClient;
import com.duskspendr.auth.oauth.entity.OAuthRepository;
import com.duskspendr.auth.oauth.entity.PendingAuthorization;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import com.nimbusds.oauth2.sdk.AbstractOptionallyAuthenticatedRequest;
import com.nimbusds.oauth2.sdk.AbstractOptionallyIdentifiedRequest;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The authorization server. A grant is a device session naming its client and scope: its refresh tokens
 * rotate with reuse detection as every session's do ({@link SessionTokens}), and revoking it (the user,
 * an admin disabling the client, a reused code or refresh token) refuses its access tokens at once.
 *
 * <p>Protocol errors are answers, not exceptions: this transaction commits them, so that a revocation
 * decided while answering (a reused code) survives.
 */
@Stateless
public class DefaultAuthorizationServer implements AuthorizationServer {

  private static final Logger LOG = Logger.getLogger(DefaultAuthorizationServer.class.getName());
  /** The role of a user's token given to a client: never admin, whatever the user's own roles. */
  static final List<String> USER_GROUPS = List.of("user");
  /** The role of a client acting for itself: no user's endpoint accepts it. */
  public static final String CLIENT_ROLE = "oauth-client";
  /** Used codes stay known this long after they expire, so that a late replay still revokes its grant. */
  private static final Duration USED_CODE_MEMORY = Duration.ofDays(1);

  @Inject OAuthRepository oauth;
  @Inject AccountRepository accounts;
  @Inject SessionRepository sessions;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject SessionTokens tokens;
  @Inject AccessTokens accessTokens;
  @Inject AccessTokenIssuer issuer;
  @Inject Event<SessionsClosed> sessionsClosed;

  @Inject
  @ConfigProperty(name = "duskspendr.oauth.code-ttl", defaultValue = "PT1M")
  Duration codeTtl;

  @Inject
  @ConfigProperty(name = "duskspendr.oauth.consent-ttl", defaultValue = "PT10M")
  Duration consentTtl;

  /** A grant expires this long after its last refresh, like a device session. */
  @Inject
  @ConfigProperty(name = "duskspendr.auth.refresh-token-ttl", defaultValue = "P30D")
  Duration grantTtl;

  Clock clock = Clock.systemUTC();

  // ---------------------------------------------------------------- authorization endpoint and consent

  @Override
  public AuthorizationStep authorize(URI requestUri) {
    AuthorizationRequest request;
    try {
      request = AuthorizationRequest.parse(requestUri);
    } catch (ParseException malformed) {
      return failed(malformed.getClientID(), malformed.getRedirectionURI(), malformed.getState(),
          Optional.ofNullable(malformed.getErrorObject()).orElse(OAuth2Error.INVALID_REQUEST));
    }
    Optional<OAuthClient> client = enabledClient(request.getClientID());
    URI redirect = request.getRedirectionURI();
    if (client.isEmpty() || redirect == null || !client.get().allowsRedirectTo(redirect.toString())) {
      return refusedClientOrRedirect();
    }
    State state = request.getState();
    Optional<ErrorObject> problem = problemWith(request, client.get());
    if (problem.isPresent()) {
      return failed(request.getClientID(), redirect, state, problem.get());
    }
    OffsetDateTime now = now();
    oauth.forgetExpired(now, now.minus(USED_CODE_MEMORY));
    String handle = RefreshTokens.generate();
    CodeChallenge challenge = request.getCodeChallenge();
    List<String> scopes = request.getScope().toStringList();
    oauth.add(new PendingAuthorization(RefreshTokens.hash(handle), client.get().id(), redirect.toString(),
        String.join(" ", scopes), state == null ? null : state.getValue(),
        challenge == null ? null : challenge.getValue(), now.plus(consentTtl)));
    return consent(handle, client.get(), redirect.toString(), scopes);
  }

  /** RFC 6749 4.1.1, RFC 7636 and RFC 9700 checks once client and redirect URI are known to be good. */
  private static Optional<ErrorObject> problemWith(AuthorizationRequest request, OAuthClient client) {
    if (!ResponseType.CODE.equals(request.getResponseType())) {
      // No implicit flow: an access token never travels in a URL.
      return Optional.of(OAuth2Error.UNSUPPORTED_RESPONSE_TYPE.setDescription("Only response_type=code is supported"));
    }
    if (request.getResponseMode() != null && !ResponseMode.QUERY.equals(request.getResponseMode())) {
      return Optional.of(OAuth2Error.INVALID_REQUEST.setDescription("Only response_mode=query is supported"));
    }
    if (request.specifiesRequestObject()) {
      return Optional.of(OAuth2Error.INVALID_REQUEST.setDescription("Request objects are not supported"));
    }
    CodeChallenge challenge = request.getCodeChallenge();
    if (challenge != null && !CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
      return Optional.of(OAuth2Error.INVALID_REQUEST.setDescription("code_challenge_method must be S256"));
    }
    if (challenge == null && !client.isConfidential()) {
      return Optional.of(OAuth2Error.INVALID_REQUEST.setDescription("PKCE with S256 is required for public clients"));
    }
    return ScopeRequest.problemWith(request.getScope(), client.scopes());
  }

  private AuthorizationStep failed(ClientID clientId, URI redirect, State state, ErrorObject error) {
    Optional<OAuthClient> client = enabledClient(clientId);
    if (client.isEmpty() || redirect == null || !client.get().allowsRedirectTo(redirect.toString())) {
      return refusedClientOrRedirect();
    }
    return new AuthorizationStep.Redirect(
        new AuthorizationErrorResponse(redirect, error, state, issuerId(), ResponseMode.QUERY).toURI());
  }

  private static AuthorizationStep refusedClientOrRedirect() {
    return new AuthorizationStep.Refused(
        "The application that sent you here is not registered, is disabled, or gave a redirect address it did not register.");
  }

  @Override
  public AuthorizationStep prompt(String handle) {
    Optional<PendingAuthorization> pending = oauth.pending(RefreshTokens.hash(handle)).filter(p -> !p.isExpiredAt(now()));
    Optional<OAuthClient> client = pending.flatMap(p -> oauth.client(p.clientId())).filter(OAuthClient::isEnabled);
    if (client.isEmpty()) {
      return expired();
    }
    return consent(handle, client.get(), pending.get().redirectUri(), List.of(pending.get().scope().split(" ")));
  }

  @Override
  public AuthorizationStep decide(String handle, AccountId approvedBy) {
    OffsetDateTime now = now();
    Optional<PendingAuthorization> taken = oauth.takePending(RefreshTokens.hash(handle)).filter(p -> !p.isExpiredAt(now));
    Optional<OAuthClient> client = taken.flatMap(p -> oauth.client(p.clientId())).filter(OAuthClient::isEnabled);
    if (client.isEmpty()) {
      return expired();
    }
    PendingAuthorization pending = taken.get();
    URI redirect = URI.create(pending.redirectUri());
    State state = pending.state() == null ? null : new State(pending.state());
    if (approvedBy == null) {
      return new AuthorizationStep.Redirect(new AuthorizationErrorResponse(
          redirect, OAuth2Error.ACCESS_DENIED.setDescription("The user denied access"), state, issuerId(), ResponseMode.QUERY).toURI());
    }
    String code = RefreshTokens.generate();
    oauth.add(new AuthorizationCode(RefreshTokens.hash(code), client.get().id(), approvedBy.value(), pending.redirectUri(),
        pending.scope(), pending.codeChallenge(), now.plus(codeTtl)));
    LOG.info(() -> "Account " + approvedBy + " approved OAuth client " + client.get().id() + " for " + pending.scope());
    return new AuthorizationStep.Redirect(new AuthorizationSuccessResponse(redirect,
        new com.nimbusds.oauth2.sdk.AuthorizationCode(code), null, state, issuerId(), ResponseMode.QUERY).toURI());
  }

  private static AuthorizationStep consent(String handle, OAuthClient client, String redirect, List<String> scopes) {
    return new AuthorizationStep.Consent(handle, client.name(), URI.create(redirect).getHost(), scopes);
  }

  private static AuthorizationStep expired() {
    return new AuthorizationStep.Refused(
        "This request has expired or was already answered. Start again from the application.");
  }

  // ---------------------------------------------------------------- token endpoint

  @Override
  public HTTPResponse token(HTTPRequest http) {
    return fromClient(http, TokenRequest::parse, (request, client) -> {
      AuthorizationGrant grant = request.getAuthorizationGrant();
      if (grant instanceof AuthorizationCodeGrant code) {
        return exchange(code, client);
      }
      if (grant instanceof RefreshTokenGrant refresh) {
        return refresh(refresh, request.getScope(), client);
      }
      if (grant instanceof ClientCredentialsGrant) {
        return clientCredentials(request.getScope(), client);
      }
      return tokenError(OAuth2Error.UNSUPPORTED_GRANT_TYPE);
    });
  }

  /** How the SDK reads one kind of request. */
  @FunctionalInterface
  private interface Parser<T> {
    T parse(HTTPRequest http) throws ParseException;
  }

  /**
   * Parses a client's request with the SDK and authenticates the client (by secret, or a public client by
   * its id where the request kind allows one) before {@code handler} sees it.
   */
  private <T extends AbstractOptionallyAuthenticatedRequest> HTTPResponse fromClient(
      HTTPRequest http, Parser<T> parser, BiFunction<T, OAuthClient, HTTPResponse> handler) {
    T request;
    try {
      request = parser.parse(http);
    } catch (ParseException malformed) {
      return tokenError(Optional.ofNullable(malformed.getErrorObject()).orElse(OAuth2Error.INVALID_REQUEST));
    }
    ClientID publicId = request instanceof AbstractOptionallyIdentifiedRequest identified ? identified.getClientID() : null;
    Optional<OAuthClient> client =
        ClientAuthenticator.authenticate(request.getClientAuthentication(), publicId, this::enabledClient);
    return client.map(authenticated -> handler.apply(request, authenticated))
        .orElseGet(() -> tokenError(OAuth2Error.INVALID_CLIENT));
  }

  private HTTPResponse exchange(AuthorizationCodeGrant grant, OAuthClient client) {
    OffsetDateTime now = now();
    String hash = RefreshTokens.hash(grant.getAuthorizationCode().getValue());
    Optional<AuthorizationCode> found = oauth.code(hash).filter(code -> code.clientId().equals(client.id()));
    if (found.isEmpty()) {
      return invalidGrant("Unknown authorization code");
    }
    AuthorizationCode code = found.get();
    if (code.isUsed() || !oauth.markUsed(hash, now)) {
      // RFC 6749 4.1.2: a code used twice was intercepted; what it bought goes too.
      if (code.sessionId() != null) {
        sessions.revoke(code.sessionId(), now);
        sessionsClosed.fire(SessionsClosed.of(code.sessionId()));
        LOG.warning(() -> "Authorization code reused; revoked grant " + code.sessionId());
      }
      return invalidGrant("Authorization code already used");
    }
    if (code.isExpiredAt(now)) {
      return invalidGrant("Authorization code expired");
    }
    URI redirect = grant.getRedirectionURI();
    if (redirect == null || !redirect.toString().equals(code.redirectUri())) {
      return invalidGrant("redirect_uri does not match the authorization request");
    }
    Optional<HTTPResponse> pkce = pkceProblem(code.codeChallenge(), grant.getCodeVerifier());
    if (pkce.isPresent()) {
      return pkce.get();
    }
    if (!mayAct(code.accountId())) {
      return invalidGrant("The account that approved this request is locked or gone");
    }
    Session session = Session.grant(UUID.randomUUID(), code.accountId(), client.id(), Session.AUTHORIZATION_CODE,
        code.scope(), now, now.plus(grantTtl));
    sessions.add(session);
    code.exchangedFor(session.id());
    return tokenResponse(tokens.issue(code.accountId(), USER_GROUPS, session, now), SessionTokens.scopesOf(session));
  }

  /** RFC 7636 4.6 with S256 only; a verifier without a challenge is a downgrade attempt and refused too. */
  private static Optional<HTTPResponse> pkceProblem(String challenge, CodeVerifier verifier) {
    if (challenge == null && verifier == null) {
      return Optional.empty();
    }
    if (challenge == null || verifier == null) {
      return Optional.of(invalidGrant("code_verifier does not match the authorization request"));
    }
    String computed = CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
    boolean matches = MessageDigest.isEqual(
        computed.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
    return matches ? Optional.empty() : Optional.of(invalidGrant("code_verifier does not match the code_challenge"));
  }

  private HTTPResponse refresh(RefreshTokenGrant grant, Scope requested, OAuthClient client) {
    OffsetDateTime now = now();
    // Checked before the token is spent: a request for more than the grant is refused without burning it.
    Optional<Session> before = refreshTokens.find(RefreshTokens.hash(grant.getRefreshToken().getValue()))
        .flatMap(token -> sessions.find(token.sessionId()));
    if (before.isPresent() && requested != null && client.id().equals(before.get().clientId())) {
      Optional<ErrorObject> wider = ScopeRequest.problemWith(requested, SessionTokens.scopesOf(before.get()));
      if (wider.isPresent()) {
        return tokenError(wider.get());
      }
    }
    Optional<Session> spent = tokens.spend(grant.getRefreshToken().getValue(), now,
        session -> client.id().equals(session.clientId()) && Session.AUTHORIZATION_CODE.equals(session.grantType()));
    if (spent.isEmpty()) {
      return invalidGrant("Invalid or expired refresh token");
    }
    Session session = spent.get();
    if (!mayAct(session.accountId())) {
      return invalidGrant("The account that gave this grant is locked or gone");
    }
    session.refreshed(null, now, now.plus(grantTtl));
    TokenPair pair = tokens.issue(session.accountId(), USER_GROUPS, session, now);
    if (requested == null) {
      return tokenResponse(pair, SessionTokens.scopesOf(session));
    }
    // A narrower scope for this access token only (RFC 6749 6); the grant, and its refresh token, keep theirs.
    List<String> narrowed = requested.toStringList();
    String accessToken = tokens.accessToken(session.accountId(), USER_GROUPS, session, narrowed);
    return tokenResponse(new TokenPair(accessToken, pair.refreshToken(), pair.expiresInSeconds(), session.id()), narrowed);
  }

  /** RFC 6749 4.4: a confidential client, for its own resources only; no refresh token. */
  private HTTPResponse clientCredentials(Scope requested, OAuthClient client) {
    if (!client.isConfidential()) {
      return tokenError(OAuth2Error.UNAUTHORIZED_CLIENT.setDescription("Public clients cannot use client_credentials"));
    }
    if (!mayAct(client.ownerAccountId())) {
      return tokenError(OAuth2Error.UNAUTHORIZED_CLIENT.setDescription("The client's owner is locked out"));
    }
    List<String> scopes = List.copyOf(client.scopes());
    if (requested != null) {
      Optional<ErrorObject> wider = ScopeRequest.problemWith(requested, scopes);
      if (wider.isPresent()) {
        return tokenError(wider.get());
      }
      scopes = requested.toStringList();
    }
    OffsetDateTime now = now();
    Session session = Session.grant(UUID.randomUUID(), client.ownerAccountId(), client.id(), Session.CLIENT_CREDENTIALS,
        String.join(" ", scopes), now, now.plus(issuer.ttl()));
    sessions.add(session);
    String token = tokens.accessToken(client.id(), List.of(CLIENT_ROLE), session, scopes);
    BearerAccessToken bearer = new BearerAccessToken(token, tokens.accessTokenSeconds(), new Scope(scopes.toArray(String[]::new)));
    return new AccessTokenResponse(new Tokens(bearer, null)).toHTTPResponse();
  }

  /**
   * A locked or erased account acts through no client: neither through its own (client credentials) nor through
   * a grant it gave. Locking revokes the sessions that exist; this refuses the ones a client would open next.
   */
  private boolean mayAct(UUID accountId) {
    return accounts.find(accountId).filter(account -> !account.isLocked()).isPresent();
  }

  private static HTTPResponse tokenResponse(TokenPair pair, List<String> scopes) {
    BearerAccessToken bearer =
        new BearerAccessToken(pair.accessToken(), pair.expiresInSeconds(), new Scope(scopes.toArray(String[]::new)));
    return new AccessTokenResponse(
        new Tokens(bearer, new com.nimbusds.oauth2.sdk.token.RefreshToken(pair.refreshToken()))).toHTTPResponse();
  }

  private static HTTPResponse invalidGrant(String description) {
    return tokenError(OAuth2Error.INVALID_GRANT.setDescription(description));
  }

  private static HTTPResponse tokenError(ErrorObject error) {
    return new TokenErrorResponse(error).toHTTPResponse();
  }

  // ---------------------------------------------------------------- revocation and introspection

  @Override
  public HTTPResponse revoke(HTTPRequest http) {
    return fromClient(http, TokenRevocationRequest::parse, (request, client) -> {
      grantOf(request.getToken().getValue(), client).ifPresent(sessionId -> {
        sessions.revoke(sessionId, now());
        sessionsClosed.fire(SessionsClosed.of(sessionId));
      });
      // RFC 7009 2.2: 200 whether or not the token was valid, so that nobody learns which are.
      return new HTTPResponse(HTTPResponse.SC_OK);
    });
  }

  /** The client's own grant the token (access or refresh) belongs to; another client's tokens are not its business. */
  private Optional<UUID> grantOf(String token, OAuthClient client) {
    Optional<VerifiedAccessToken> access = accessTokens.verify(token);
    if (access.isPresent()) {
      return access.filter(t -> client.id().toString().equals(t.clientId())).map(VerifiedAccessToken::sessionId);
    }
    return refreshTokens.find(RefreshTokens.hash(token))
        .flatMap(stored -> sessions.find(stored.sessionId()))
        .filter(session -> client.id().equals(session.clientId()))
        .map(Session::id);
  }

  /**
   * Only a confidential client may introspect (RFC 7662 2.1 asks for authorization; a public one has no
   * secret, and the introspection request has no client_id to pass as one), and only its own tokens.
   */
  @Override
  public HTTPResponse introspect(HTTPRequest http) {
    return fromClient(http, TokenIntrospectionRequest::parse, (request, client) -> {
      String token = request.getToken().getValue();
      Optional<TokenIntrospectionSuccessResponse> access = accessTokens.verify(token)
          .filter(verified -> client.id().toString().equals(verified.clientId()))
          .map(verified -> active(verified.scopes(), verified.clientId(), verified.accountId().toString(),
              Date.from(verified.expiresAt())).tokenType(AccessTokenType.BEARER)
              .audience(List.of(new Audience(issuer.audience()))).build());
      OffsetDateTime now = now();
      Optional<TokenIntrospectionSuccessResponse> refresh = access.isPresent() ? Optional.empty()
          : refreshTokens.find(RefreshTokens.hash(token))
              .filter(stored -> !stored.isUsed())
              .flatMap(stored -> sessions.find(stored.sessionId()))
              .filter(session -> session.isActiveAt(now) && client.id().equals(session.clientId()))
              .map(session -> active(SessionTokens.scopesOf(session), session.clientId().toString(),
                  session.accountId().toString(), Date.from(session.expiresAt().toInstant())).build());
      return access.or(() -> refresh)
          .orElseGet(() -> new TokenIntrospectionSuccessResponse.Builder(false).build())
          .toHTTPResponse();
    });
  }

  private TokenIntrospectionSuccessResponse.Builder active(
      java.util.Collection<String> scopes, String clientId, String subject, Date expiry) {
    return new TokenIntrospectionSuccessResponse.Builder(true)
        .scope(new Scope(scopes.toArray(String[]::new)))
        .clientID(new ClientID(clientId))
        .subject(new Subject(subject))
        .expirationTime(expiry)
        .issuer(issuerId());
  }

  // ---------------------------------------------------------------- metadata and grants

  @Override
  public String metadata(URI apiBase) {
    AuthorizationServerMetadata metadata = new AuthorizationServerMetadata(issuerId());
    metadata.setAuthorizationEndpointURI(apiBase.resolve("v1/oauth/authorize"));
    metadata.setTokenEndpointURI(apiBase.resolve("v1/oauth/token"));
    metadata.setRevocationEndpointURI(apiBase.resolve("v1/oauth/revoke"));
    metadata.setIntrospectionEndpointURI(apiBase.resolve("v1/oauth/introspect"));
    metadata.setJWKSetURI(apiBase.resolve("/.well-known/jwks.json"));
    metadata.setScopes(new Scope(ApiScopes.ALL.toArray(String[]::new)));
    metadata.setResponseTypes(List.of(ResponseType.CODE));
    metadata.setResponseModes(List.of(ResponseMode.QUERY));
    metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS));
    metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
    List<ClientAuthenticationMethod> secrets =
        List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST);
    metadata.setTokenEndpointAuthMethods(
        List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
            ClientAuthenticationMethod.NONE));
    metadata.setRevocationEndpointAuthMethods(
        List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
            ClientAuthenticationMethod.NONE));
    metadata.setIntrospectionEndpointAuthMethods(secrets);
    metadata.setSupportsAuthorizationResponseIssuerParam(true);
    return metadata.toJSONObject().toJSONString();
  }

  @Override
  public List<GrantView> grants(AccountId accountId) {
    List<Session> grants = sessions.grantsOf(accountId.value(), Session.AUTHORIZATION_CODE, now());
    Map<UUID, OAuthClient> clients = oauth.clients(grants.stream().map(Session::clientId).distinct().toList()).stream()
        .collect(Collectors.toMap(OAuthClient::id, Function.identity()));
    return grants.stream()
        .filter(grant -> clients.containsKey(grant.clientId()))
        .map(grant -> new GrantView(grant.id(), grant.clientId(), clients.get(grant.clientId()).name(),
            SessionTokens.scopesOf(grant), grant.createdAt(), grant.lastUsedAt()))
        .toList();
  }

  @Override
  public void revokeGrant(AccountId accountId, UUID grantId) {
    Session grant = sessions.find(grantId)
        .filter(session -> session.accountId().equals(accountId.value()))
        .filter(session -> Session.AUTHORIZATION_CODE.equals(session.grantType()))
        .filter(session -> session.revokedAt() == null)
        .orElseThrow(() -> new RecordNotFoundException("Grant"));
    grant.revoke(now());
    sessionsClosed.fire(SessionsClosed.of(grant.id()));
    LOG.info(() -> "Account " + accountId + " revoked grant " + grantId);
  }

  private Optional<OAuthClient> enabledClient(ClientID clientId) {
    if (clientId == null) {
      return Optional.empty();
    }
    try {
      return oauth.client(UUID.fromString(clientId.getValue())).filter(OAuthClient::isEnabled);
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  private Issuer issuerId() {
    return new Issuer(issuer.issuer());
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
