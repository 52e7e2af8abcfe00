package com.duskspendr.auth.oauth.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A registered OAuth client: who registered it, what it may ask for (scopes) and where codes may go
 * (redirect URIs, compared exactly). A confidential client has a secret, kept as its SHA-256 only.
 */
@Entity
@Table(schema = "auth", name = "oauth_client")
@NamedQuery(
    name = OAuthClient.FIND_BY_OWNER,
    query = "SELECT c FROM OAuthClient c WHERE c.ownerAccountId = :owner ORDER BY c.createdAt DESC, c.id")
@NamedQuery(name = OAuthClient.FIND_ALL, query = "SELECT c FROM OAuthClient c ORDER BY c.createdAt DESC, c.id")
public class OAuthClient {

  public static final String FIND_BY_OWNER = "OAuthClient.findByOwner";
  public static final String FIND_ALL = "OAuthClient.findAll";
  public static final String CONFIDENTIAL = "confidential";
  public static final String PUBLIC = "public";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "owner_account_id", nullable = false, updatable = false)
  private UUID ownerAccountId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "client_type", nullable = false, updatable = false)
  private String type;

  @Column(name = "secret_hash", length = 64)
  private String secretHash;

  @Column(name = "redirect_uris", nullable = false)
  private String redirectUris;

  @Column(name = "scopes", nullable = false)
  private String scopes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "disabled_at")
  private OffsetDateTime disabledAt;

  /** For JPA only. */
  protected OAuthClient() {}

  public OAuthClient(
      UUID id, UUID ownerAccountId, String name, String type, String secretHash, List<String> redirectUris,
      Set<String> scopes, OffsetDateTime now) {
    this.id = Objects.requireNonNull(id, "id");
    this.ownerAccountId = Objects.requireNonNull(ownerAccountId, "ownerAccountId");
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.secretHash = secretHash;
    this.redirectUris = String.join("\n", redirectUris);
    this.scopes = String.join(" ", scopes);
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public void disable(OffsetDateTime now) {
    if (disabledAt == null) {
      disabledAt = now;
    }
  }

  public boolean isEnabled() {
    return disabledAt == null;
  }

  public boolean isConfidential() {
    return CONFIDENTIAL.equals(type);
  }

  /** Exact string comparison, no normalization (RFC 9700 section 2.1). */
  public boolean allowsRedirectTo(String uri) {
    return uri != null && redirectUris().contains(uri);
  }

  public UUID id() {
    return id;
  }

  public UUID ownerAccountId() {
    return ownerAccountId;
  }

  public String name() {
    return name;
  }

  public String type() {
    return type;
  }

  public String secretHash() {
    return secretHash;
  }

  public List<String> redirectUris() {
    return List.of(redirectUris.split("\n"));
  }

  public Set<String> scopes() {
    return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime disabledAt() {
    return disabledAt;
  }
}
