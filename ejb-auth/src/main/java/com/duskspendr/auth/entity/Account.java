package com.duskspendr.auth.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An account: who may sign in, with which password hash, in which roles. */
@Entity
@Table(schema = "auth", name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.emailNormalized = :email")
@NamedQuery(
    name = Account.FIND_BY_VERIFICATION_HASH,
    query = "SELECT a FROM Account a WHERE a.emailVerificationHash = :hash")
@NamedQuery(
    name = Account.SEARCH_BY_EMAIL,
    query = "SELECT a FROM Account a WHERE a.emailNormalized LIKE :pattern ESCAPE '\\' ORDER BY a.emailNormalized, a.id")
public class Account {

  public static final String SEARCH_BY_EMAIL = "Account.searchByEmail";

  public static final String FIND_BY_EMAIL = "Account.findByEmail";
  public static final String FIND_BY_VERIFICATION_HASH = "Account.findByVerificationHash";
  public static final String ROLE_USER = "user";
  public static final String ROLE_ADMIN = "admin";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  /** As the user typed it (trimmed), for display and for the email claim. */
  @Column(name = "email", nullable = false)
  private String email;

  /** Trimmed and lower-cased: what uniqueness and sign-in compare. */
  @Column(name = "email_normalized", nullable = false, unique = true)
  private String emailNormalized;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  /** Comma-separated, sorted: one text column is enough for the two roles there are. */
  @Column(name = "roles", nullable = false)
  private String roles;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  /** Null until the owner proves the address (the link in the verification mail). */
  @Column(name = "email_verified_at")
  private OffsetDateTime emailVerifiedAt;

  @Column(name = "email_verification_hash")
  private String emailVerificationHash;

  @Column(name = "email_verification_expires_at")
  private OffsetDateTime emailVerificationExpiresAt;

  /** Set while an admin has locked the account out. */
  @Column(name = "locked_at")
  private OffsetDateTime lockedAt;

  /** For JPA only. */
  protected Account() {}

  public Account(
      UUID id, String email, String emailNormalized, String passwordHash, Set<String> roles, OffsetDateTime now) {
    this.id = Objects.requireNonNull(id, "id");
    this.email = Objects.requireNonNull(email, "email");
    this.emailNormalized = Objects.requireNonNull(emailNormalized, "emailNormalized");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.roles = join(roles);
    this.createdAt = Objects.requireNonNull(now, "now");
    this.updatedAt = now;
  }

  public void changePasswordHash(String passwordHash, OffsetDateTime now) {
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.updatedAt = now;
  }

  /** @return whether the role was new */
  public boolean grant(String role, OffsetDateTime now) {
    Set<String> current = roles();
    if (!current.add(role)) {
      return false;
    }
    this.roles = join(current);
    this.updatedAt = now;
    return true;
  }

  private static String join(Set<String> roles) {
    if (roles.isEmpty() || roles.stream().anyMatch(role -> role.isBlank() || role.contains(","))) {
      throw new IllegalArgumentException("Invalid roles " + roles);
    }
    return String.join(",", new TreeSet<>(roles));
  }

  /** A new address to prove: only the hash of the mailed token is kept. */
  public void awaitVerification(String tokenHash, OffsetDateTime expiresAt, OffsetDateTime now) {
    this.emailVerificationHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.emailVerificationExpiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    this.updatedAt = now;
  }

  /** @return false when the token has expired (nothing changes then) */
  public boolean verifyEmail(OffsetDateTime now) {
    if (emailVerificationExpiresAt == null || !emailVerificationExpiresAt.isAfter(now)) {
      return false;
    }
    this.emailVerifiedAt = now;
    this.emailVerificationHash = null;
    this.emailVerificationExpiresAt = null;
    this.updatedAt = now;
    return true;
  }

  /** For accounts nobody needs to ask (the configured admin). */
  public void markEmailVerified(OffsetDateTime now) {
    this.emailVerifiedAt = now;
    this.updatedAt = now;
  }

  /** Package-visible for the in-memory repository of the unit tests, which must find by it like the query. */
  String verificationHashForTests() {
    return emailVerificationHash;
  }

  /** @return whether it was unlocked before */
  public boolean lock(OffsetDateTime now) {
    if (lockedAt != null) {
      return false;
    }
    this.lockedAt = now;
    this.updatedAt = now;
    return true;
  }

  /** @return whether it was locked before */
  public boolean unlock(OffsetDateTime now) {
    if (lockedAt == null) {
      return false;
    }
    this.lockedAt = null;
    this.updatedAt = now;
    return true;
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  public OffsetDateTime lockedAt() {
    return lockedAt;
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String emailNormalized() {
    return emailNormalized;
  }

  public String passwordHash() {
    return passwordHash;
  }

  /** A modifiable, sorted copy. */
  public Set<String> roles() {
    return new TreeSet<>(Arrays.asList(roles.split(",")));
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
