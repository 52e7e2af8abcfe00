package com.duskspendr.auth.oauth.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A validated authorization request waiting for the user's decision on the consent page. Its handle (known
 * here by its SHA-256) is the only thing the form carries: the form cannot be tampered with, and the handle
 * is the form's CSRF token, good for one decision.
 */
@Entity
@Table(schema = "auth", name = "oauth_authorization_request")
@NamedQuery(
    name = PendingAuthorization.DELETE_EXPIRED,
    query = "DELETE FROM PendingAuthorization p WHERE p.expiresAt <= :now")
public class PendingAuthorization {

  public static final String DELETE_EXPIRED = "PendingAuthorization.deleteExpired";

  @Id
  @Column(name = "handle_hash", nullable = false, updatable = false, length = 64)
  private String handleHash;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "redirect_uri", nullable = false, updatable = false)
  private String redirectUri;

  @Column(name = "scope", nullable = false, updatable = false)
  private String scope;

  @Column(name = "state", updatable = false)
  private String state;

  @Column(name = "code_challenge", updatable = false)
  private String codeChallenge;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  /** For JPA only. */
  protected PendingAuthorization() {}

  public PendingAuthorization(
      String handleHash, UUID clientId, String redirectUri, String scope, String state, String codeChallenge,
      OffsetDateTime expiresAt) {
    this.handleHash = Objects.requireNonNull(handleHash, "handleHash");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.state = state;
    this.codeChallenge = codeChallenge;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isExpiredAt(OffsetDateTime now) {
    return !now.isBefore(expiresAt);
  }

  public UUID clientId() {
    return clientId;
  }

  public String redirectUri() {
    return redirectUri;
  }

  public String scope() {
    return scope;
  }

  public String state() {
    return state;
  }

  public String codeChallenge() {
    return codeChallenge;
  }
}
