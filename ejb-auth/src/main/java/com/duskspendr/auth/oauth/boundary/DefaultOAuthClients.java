package com.duskspendr.auth.oauth.boundary;

import com.duskspendr.auth.control.RefreshTokens;
import com.duskspendr.auth.control.SessionsClosed;
import com.duskspendr.auth.entity.SessionRepository;
import com.duskspendr.auth.oauth.control.RedirectUris;
import com.duskspendr.auth.oauth.entity.OAuthClient;
import com.duskspendr.auth.oauth.entity.OAuthRepository;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

@Stateless
public class DefaultOAuthClients implements OAuthClients {

  private static final Logger LOG = Logger.getLogger(DefaultOAuthClients.class.getName());
  static final int NAME_MAX_LENGTH = 100;
  static final int MAX_REDIRECT_URIS = 10;
  /** Prefix of a client secret, so that a leaked one is recognizable by secret scanners. */
  static final String SECRET_PREFIX = "dscs_";

  @Inject OAuthRepository oauth;
  @Inject SessionRepository sessions;
  @Inject Event<SessionsClosed> sessionsClosed;

  Clock clock = Clock.systemUTC();

  @Override
  public RegisteredClient register(AccountId owner, ClientRegistration registration) {
    List<FieldIssue> issues = new ArrayList<>();
    String name = registration.name() == null ? "" : registration.name().strip();
    if (name.isEmpty() || name.length() > NAME_MAX_LENGTH) {
      issues.add(new FieldIssue("name", "must be 1 to " + NAME_MAX_LENGTH + " characters"));
    }
    List<String> uris = registration.redirectUris() == null ? List.of() : registration.redirectUris();
    if (uris.isEmpty() || uris.size() > MAX_REDIRECT_URIS) {
      issues.add(new FieldIssue("redirectUris", "must list 1 to " + MAX_REDIRECT_URIS + " URIs"));
    }
    for (int i = 0; i < uris.size(); i++) {
      int index = i;
      RedirectUris.problemWith(uris.get(i)).ifPresent(problem -> issues.add(new FieldIssue("redirectUris[" + index + "]", problem)));
    }
    List<String> scopes = registration.scopes() == null ? List.of() : registration.scopes();
    if (scopes.isEmpty()) {
      issues.add(new FieldIssue("scopes", "must list at least one of " + ApiScopes.ALL));
    }
    for (int i = 0; i < scopes.size(); i++) {
      if (!ApiScopes.isKnown(scopes.get(i))) {
        issues.add(new FieldIssue("scopes[" + i + "]", "must be one of " + ApiScopes.ALL));
      }
    }
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    String secret = registration.type() == ClientType.CONFIDENTIAL ? SECRET_PREFIX + RefreshTokens.generate() : null;
    OAuthClient client = new OAuthClient(UUID.randomUUID(), owner.value(), name, registration.type().value(),
        secret == null ? null : RefreshTokens.hash(secret), List.copyOf(new LinkedHashSet<>(uris)),
        ordered(scopes), now());
    oauth.add(client);
    LOG.info(() -> "Registered OAuth client " + client.id() + " for account " + owner);
    return new RegisteredClient(ClientView.of(client), secret);
  }

  @Override
  public List<ClientView> clientsOf(AccountId owner) {
    return oauth.clientsOf(owner.value()).stream().map(ClientView::of).toList();
  }

  @Override
  public List<ClientView> all() {
    return oauth.allClients().stream().map(ClientView::of).toList();
  }

  @Override
  public ClientView self(UUID clientId) {
    return oauth.client(clientId).filter(OAuthClient::isEnabled).map(ClientView::of).orElseThrow(DefaultOAuthClients::notFound);
  }

  @Override
  public ClientView disable(UUID clientId) {
    OAuthClient client = oauth.client(clientId).orElseThrow(DefaultOAuthClients::notFound);
    OffsetDateTime now = now();
    client.disable(now);
    List<UUID> closed = sessions.revokeAllOf(clientId, now);
    sessionsClosed.fire(new SessionsClosed(closed));
    LOG.info(() -> "Disabled OAuth client " + clientId + " and revoked " + closed.size() + " grants");
    return ClientView.of(client);
  }

  /** In the consent page's order, without repeats. */
  private static Set<String> ordered(List<String> scopes) {
    Set<String> ordered = new LinkedHashSet<>();
    ApiScopes.ALL.stream().filter(scopes::contains).forEach(ordered::add);
    return ordered;
  }

  static RecordNotFoundException notFound() {
    return new RecordNotFoundException("OAuth client");
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
