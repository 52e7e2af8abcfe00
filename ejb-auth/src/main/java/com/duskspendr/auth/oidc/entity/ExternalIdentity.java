package com.duskspendr.auth.oidc.entity;

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

/** An external provider's account, known by its issuer and subject, linked to one of our accounts. */
@Entity
@Table(schema = "auth", name = "external_identity")
@NamedQuery(
    name = ExternalIdentity.FIND_BY_SUBJECT,
    query = "SELECT e FROM ExternalIdentity e WHERE e.issuer = :issuer AND e.subject = :subject")
@NamedQuery(
    name = ExternalIdentity.FIND_BY_ACCOUNT,
    query = "SELECT e FROM ExternalIdentity e WHERE e.accountId = :accountId ORDER BY e.linkedAt")
public class ExternalIdentity {

  public static final String FIND_BY_SUBJECT = "ExternalIdentity.findBySubject";
  public static final String FIND_BY_ACCOUNT = "ExternalIdentity.findByAccount";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "provider", nullable = false, updatable = false, length = 40)
  private String provider;

  @Column(name = "issuer", nullable = false, updatable = false)
  private String issuer;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "email", updatable = false)
  private String email;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private OffsetDateTime linkedAt;

  @Column(name = "last_used_at", nullable = false)
  private OffsetDateTime lastUsedAt;

  @Column(name = "created_account", nullable = false, updatable = false)
  private boolean createdAccount;

  /** For JPA only. */
  protected ExternalIdentity() {}

  public ExternalIdentity(
      UUID accountId, String provider, String issuer, String subject, String email, boolean createdAccount,
      OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.email = email;
    this.linkedAt = Objects.requireNonNull(now, "now");
    this.lastUsedAt = now;
    this.createdAccount = createdAccount;
  }

  public void usedAt(OffsetDateTime now) {
    lastUsedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public String provider() {
    return provider;
  }

  public String issuer() {
    return issuer;
  }

  public String subject() {
    return subject;
  }

  public String email() {
    return email;
  }

  public OffsetDateTime linkedAt() {
    return linkedAt;
  }

  public OffsetDateTime lastUsedAt() {
    return lastUsedAt;
  }

  /** The account was opened with this identity, so its owner knows no password for it. */
  public boolean createdAccount() {
    return createdAccount;
  }
}
