package com.duskspendr.auth.entity;

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
 * One issued refresh token, known only by the SHA-256 of its value: a leaked table lets nobody refresh.
 * A token is used once; its successor belongs to the same session.
 */
@Entity
@Table(schema = "auth", name = "refresh_token")
@NamedQuery(
    name = RefreshToken.MARK_USED,
    query = "UPDATE RefreshToken t SET t.usedAt = :now WHERE t.tokenHash = :tokenHash AND t.usedAt IS NULL")
public class RefreshToken {

  public static final String MARK_USED = "RefreshToken.markUsed";

  @Id
  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  /** For JPA only. */
  protected RefreshToken() {}

  public RefreshToken(String tokenHash, UUID sessionId, OffsetDateTime issuedAt) {
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
  }

  /** In production {@link RefreshTokenRepository#markUsed} does this atomically; in-memory repositories use this. */
  void markUsed(OffsetDateTime now) {
    usedAt = now;
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public OffsetDateTime issuedAt() {
    return issuedAt;
  }

  public OffsetDateTime usedAt() {
    return usedAt;
  }
}
