package com.duskspendr.auth.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Failed-login counters, shared by all server instances through the database. */
@ApplicationScoped
public class LoginFailureRepository {

  /**
   * Insert-or-increment in one statement, so that concurrent failures on several instances neither lose a
   * count nor collide on the primary key. A window that started at or before {@code ?3} is over: the
   * count restarts at 1 in a new window. (In SET, column references read the row's old values.)
   */
  private static final String RECORD_FAILURE =
      "INSERT INTO auth.login_failure AS f (subject, failures, window_started_at, last_failure_at)"
          + " VALUES (?1, 1, ?2, ?2)"
          + " ON CONFLICT (subject) DO UPDATE SET last_failure_at = EXCLUDED.last_failure_at,"
          + " failures = CASE WHEN f.window_started_at <= ?3 THEN 1 ELSE f.failures + 1 END,"
          + " window_started_at = CASE WHEN f.window_started_at <= ?3 THEN EXCLUDED.window_started_at"
          + " ELSE f.window_started_at END";

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  public Optional<LoginFailure> find(String subject) {
    return Optional.ofNullable(em.find(LoginFailure.class, subject));
  }

  /**
   * @param now the start of a new window, if one starts
   * @param windowsStartedUpTo windows that started at or before this instant are over
   */
  public void recordFailure(String subject, OffsetDateTime now, OffsetDateTime windowsStartedUpTo) {
    em.createNativeQuery(RECORD_FAILURE)
        .setParameter(1, subject)
        .setParameter(2, now)
        .setParameter(3, windowsStartedUpTo)
        .executeUpdate();
  }

  public void clear(String subject) {
    em.createNamedQuery(LoginFailure.DELETE).setParameter("subject", subject).executeUpdate();
  }

  /** Every subject that starts with {@code prefix} (taken literally, not as a LIKE pattern). */
  public void clearStartingWith(String prefix) {
    String literal = LikePatterns.literal(prefix);
    em.createNamedQuery(LoginFailure.DELETE_BY_PREFIX).setParameter("prefix", literal + "%").executeUpdate();
  }
}
