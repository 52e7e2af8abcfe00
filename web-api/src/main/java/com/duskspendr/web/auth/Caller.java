package com.duskspendr.web.auth;

import com.duskspendr.platform.identity.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified access token: the account ({@code sub}) and the device session
 * ({@code sid}). Resources never take an account id from the request.
 */
@RequestScoped
public class Caller {

  static final String SESSION_CLAIM = "sid";

  @Inject JsonWebToken token;

  public AccountId accountId() {
    String subject = token == null ? null : token.getSubject();
    if (subject == null) {
      throw new NotAuthorizedException("Bearer");
    }
    try {
      return AccountId.parse(subject);
    } catch (IllegalArgumentException notOurs) {
      throw new NotAuthorizedException("Bearer");
    }
  }

  /** The session the token was issued for, when it says. */
  public Optional<UUID> sessionId() {
    if (token == null) {
      return Optional.empty();
    }
    Object claim = token.getClaim(SESSION_CLAIM);
    String value = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
    try {
      return Optional.ofNullable(value).map(UUID::fromString);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
