package com.duskspendr.web.auth;

import com.duskspendr.auth.boundary.VerifiedAccessToken;
import com.duskspendr.platform.identity.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, from the access token {@link BearerTokenMechanism} verified for this request: the
 * account ({@code sub}) and the device session ({@code sid}). Resources never take an account id from the
 * request.
 */
@RequestScoped
public class Caller {

  @Inject HttpServletRequest request;

  public AccountId accountId() {
    return token().map(VerifiedAccessToken::accountId).orElseThrow(() -> new NotAuthorizedException("Bearer"));
  }

  /** The account, when the request carries a valid token; empty for anonymous requests. */
  public Optional<AccountId> authenticatedAccount() {
    return token().map(VerifiedAccessToken::accountId);
  }

  /** The session the token was issued for. */
  public Optional<UUID> sessionId() {
    return token().map(VerifiedAccessToken::sessionId);
  }

  private Optional<VerifiedAccessToken> token() {
    return request.getAttribute(BearerTokenMechanism.VERIFIED_TOKEN) instanceof VerifiedAccessToken token
        ? Optional.of(token)
        : Optional.empty();
  }
}
