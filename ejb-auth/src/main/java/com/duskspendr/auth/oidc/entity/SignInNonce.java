package com.duskspendr.auth.oidc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A nonce handed out for one external sign-in, known by its SHA-256; spent by the ID token that carries it. */
@Entity
@Table(schema = "auth", name = "sign_in_nonce")
@NamedQuery(name = SignInNonce.DELETE_EXPIRED, query = "DELETE FROM SignInNonce n WHERE n.expiresAt <= :now")
public class SignInNonce {

  public static final String DELETE_EXPIRED = "SignInNonce.deleteExpired";

  @Id
  @Column(name = "nonce_hash", nullable = false, updatable = false, length = 64)
  private String nonceHash;

  @Column(name = "provider", nullable = false, updatable = false, length = 40)
  private String provider;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  /** For JPA only. */
  protected SignInNonce() {}

  public SignInNonce(String nonceHash, String provider, OffsetDateTime expiresAt) {
    this.nonceHash = Objects.requireNonNull(nonceHash, "nonceHash");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Good for this provider and not yet expired. */
  public boolean admits(String providerName, OffsetDateTime now) {
    return provider.equals(providerName) && now.isBefore(expiresAt);
  }
}
