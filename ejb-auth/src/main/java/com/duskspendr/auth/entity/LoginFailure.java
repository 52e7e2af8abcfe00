package com.duskspendr.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Failed logins of one subject ({@code account:<email>} or {@code address:<ip>}) in the current window.
 * Kept in the database so that every server instance counts the same failures. Written only by {@link
 * LoginFailureRepository#recordFailure} (an atomic upsert), hence no mutators.
 */
@Entity
@Table(schema = "auth", name = "login_failure")
@NamedQuery(name = LoginFailure.DELETE, query = "DELETE FROM LoginFailure f WHERE f.subject = :subject")
public class LoginFailure {

  public static final String DELETE = "LoginFailure.delete";

  @Id
  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private OffsetDateTime windowStartedAt;

  /** For JPA only. */
  protected LoginFailure() {}

  /** For tests and readers; rows are created by the repository's upsert. */
  public LoginFailure(String subject, int failures, OffsetDateTime windowStartedAt) {
    this.subject = subject;
    this.failures = failures;
    this.windowStartedAt = windowStartedAt;
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
}
