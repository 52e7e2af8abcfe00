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
 * An authorization code, known by its SHA-256: single use, short-lived, bound to its client, redirect URI,
 * scope and PKCE challenge. {@link #sessionId()} is the grant it was exchanged for, which a second
 * exchange revokes.
 */
@Entity
@Table(schema = "auth", name = "oauth_authorization_code")
@NamedQuery(
    name = AuthorizationCode.MARK_USED,
    query = "UPDATE AuthorizationCode c SET c.usedAt = :now WHERE c.codeHash = :codeHash AND c.usedAt IS NULL")
@NamedQuery(
    name = AuthorizationCode.DELETE_EXPIRED,
    query = "DELETE FROM AuthorizationCode c WHERE c.expiresAt <= :before")
public class AuthorizationCode {

  public static final String MARK_USED = "AuthorizationCode.markUsed";
  public static final String DELETE_EXPIRED = "AuthorizationCode.deleteExpired";

  @Id
  @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
  private String codeHash;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "redirect_uri", nullable = false, updatable = false)
  private String redirectUri;

  @Column(name = "scope", nullable = false, updatable = false)
  private String scope;

  @Column(name = "code_challenge", updatable = false)
  private String codeChallenge;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "session_id")
  private UUID sessionId;

  /** For JPA only. */
  protected AuthorizationCode() {}

  public AuthorizationCode(
      String codeHash, UUID clientId, UUID accountId, String redirectUri, String scope, String codeChallenge,
      OffsetDateTime expiresAt) {
    this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.codeChallenge = codeChallenge;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public void exchangedFor(UUID sessionId) {
    this.sessionId = sessionId;
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public boolean isExpiredAt(OffsetDateTime now) {
    return !now.isBefore(expiresAt);
  }

  public String codeHash() {
    return codeHash;
  }

  public UUID clientId() {
    return clientId;
  }

  public UUID accountId() {
    return accountId;
  }

  public String redirectUri() {
    return redirectUri;
  }

  public String scope() {
    return scope;
  }

  public String codeChallenge() {
    return codeChallenge;
  }

  public UUID sessionId() {
    return sessionId;
  }
}
