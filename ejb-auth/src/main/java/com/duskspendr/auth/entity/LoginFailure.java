package com.duskspendr.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Failed logins of one subject ({@code account:<email>}, {@code address:<ip>} or {@code pair:<email> <ip>}) in the current window.
 * Kept in the database so that every server instance counts the same failures. Written only by {@link
 * LoginFailureRepository#recordFailure} (an atomic upsert), hence no mutators.
 */
@Entity
@Table(schema = "auth", name = "login_failure")
@NamedQuery(name = LoginFailure.DELETE, query = "DELETE FROM LoginFailure f WHERE f.subject = :subject")
@NamedQuery(
    name = LoginFailure.DELETE_BY_PREFIX,
    query = "DELETE FROM LoginFailure f WHERE f.subject LIKE :prefix ESCAPE '\\'")
public class LoginFailure {

  public static final String DELETE = "LoginFailure.delete";
  public static final String DELETE_BY_PREFIX = "LoginFailure.deleteByPrefix";

  @Id
  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private OffsetDateTime windowStartedAt;

  /** Null on rows counted before the column existed: then the window's start stands in for it. */
  @Column(name = "last_failure_at")
  private OffsetDateTime lastFailureAt;

  /** For JPA only. */
  protected LoginFailure() {}

  /** For tests and readers; rows are created by the repository's upsert. */
  public LoginFailure(String subject, int failures, OffsetDateTime windowStartedAt, OffsetDateTime lastFailureAt) {
    this.subject = subject;
    this.failures = failures;
    this.windowStartedAt = windowStartedAt;
    this.lastFailureAt = lastFailureAt;
  }

  public String subject() {
    return subject;
  }

  public int failures() {
    return failures;
  }

  public OffsetDateTime windowStartedAt() {
    return windowStartedAt;
  }

  public OffsetDateTime lastFailureAt() {
    return lastFailureAt == null ? windowStartedAt : lastFailureAt;
  }
}
