package com.duskspendr.web.auth;

import com.duskspendr.auth.boundary.AccessTokens;
import com.duskspendr.auth.boundary.VerifiedAccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Our access tokens as the application's Jakarta Security mechanism (in place of MP-JWT, which verified
 * the RSA signature again on every request and knew nothing of revoked sessions). {@link AccessTokens}
 * checks signature and claims once per token and the session on every request.
 *
 * <p>A missing, malformed, expired or revoked token leaves the request unauthenticated rather than
 * answering here: {@code @RolesAllowed} then answers 401 in the error envelope with {@code
 * WWW-Authenticate: Bearer}, and {@code @PermitAll} endpoints (login, refresh with a stale token still in
 * the header) work as if no token were sent.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

  /** The verified token of the request, for {@link Caller}; absent when unauthenticated. */
  static final String VERIFIED_TOKEN = BearerTokenMechanism.class.getName() + ".token";

  /** Set once the request's header was looked at: the role check asks again, and a bad token costs RSA. */
  private static final String CHECKED = BearerTokenMechanism.class.getName() + ".checked";

  @Inject AccessTokens tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Object known = request.getAttribute(VERIFIED_TOKEN);
    if (known instanceof VerifiedAccessToken token) {
      return context.notifyContainerAboutLogin(token.accountId().toString(), token.groups());
    }
    if (request.getAttribute(CHECKED) != null) {
      return context.doNothing();
    }
    request.setAttribute(CHECKED, Boolean.TRUE);
    Optional<VerifiedAccessToken> verified =
        BearerCredentials.tokenOf(request.getHeader("Authorization")).flatMap(tokens::verify);
    if (verified.isEmpty()) {
      return context.doNothing();
    }
    request.setAttribute(VERIFIED_TOKEN, verified.get());
    return context.notifyContainerAboutLogin(verified.get().accountId().toString(), verified.get().groups());
  }
}
