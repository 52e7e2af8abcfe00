package com.duskspendr.auth.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds accounts in the caller's JTA transaction; opens none of its own. */
@ApplicationScoped
public class AccountRepository {

  /** PostgreSQL's SQLSTATE for unique_violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  public Optional<Account> find(UUID id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /**
   * Locks the account row against deletion until the transaction ends ({@code SELECT ... FOR UPDATE}): a
   * deletion taking it first waits for every writer holding the row (see {@link #holdExisting}) to commit, so
   * the erasure that follows sees what they wrote.
   */
  public Optional<Account> findForDeletion(UUID id) {
    return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Takes a shared key lock on the account row until the transaction ends, if the row exists. Native SQL:
   * JPA has no lock mode for {@code FOR KEY SHARE}, the weakest lock that still blocks a delete.
   *
   * @return false when there is no such account
   */
  public boolean holdExisting(UUID id) {
    return !em.createNativeQuery("SELECT 1 FROM auth.account WHERE id = CAST(?1 AS uuid) FOR KEY SHARE")
        .setParameter(1, id.toString())
        .getResultList()
        .isEmpty();
  }

  /** @param emailNormalized as {@code EmailAddresses.normalize} gives it */
  public Optional<Account> findByEmail(String emailNormalized) {
    return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
        .setParameter("email", emailNormalized)
        .getResultStream()
        .findFirst();
  }

  /**
   * Accounts whose normalized email contains {@code fragment} (taken literally, not as a LIKE pattern), in
   * email order.
   */
  public List<Account> searchByEmail(String fragment, int offset, int limit) {
    String literal = LikePatterns.literal(fragment);
    return em.createNamedQuery(Account.SEARCH_BY_EMAIL, Account.class)
        .setParameter("pattern", "%" + literal + "%")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** @param tokenHash SHA-256 of an email verification token */
  public Optional<Account> findByVerificationHash(String tokenHash) {
    return em.createNamedQuery(Account.FIND_BY_VERIFICATION_HASH, Account.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /**
   * Inserts at once (flush), so that a concurrent registration of the same email surfaces here as a unique
   * violation rather than at commit, where the caller could no longer answer with a meaningful error.
   *
   * @return false when the email is taken; the transaction is then marked for rollback
   */
  public boolean add(Account account) {
    try {
      em.persist(account);
      em.flush();
      return true;
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  public void delete(Account account) {
    em.remove(account);
    // Sessions and refresh tokens go with it: ON DELETE CASCADE in the schema.
    em.flush();
  }

  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
