package com.duskspendr.transactions.ledger.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds transactions in the caller's JTA transaction; every lookup is scoped to one user. */
@ApplicationScoped
public class TransactionRepository {

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** The user's transaction; another user's is not found. */
  public Optional<Transaction> find(UUID userId, UUID id) {
    return em.createNamedQuery(Transaction.FIND_OWNED, Transaction.class)
        .setParameter("id", id)
        .setParameter("userId", userId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The user's transaction, locked until the transaction ends: a concurrent writer waits here and then sees
   * the committed version, so a version check after this cannot pass for two writers at once.
   */
  public Optional<Transaction> findForUpdate(UUID userId, UUID id) {
    return em.createNamedQuery(Transaction.FIND_OWNED, Transaction.class)
        .setParameter("id", id)
        .setParameter("userId", userId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /**
   * The user's transactions among these ids, in one query (the primary key finds each); another user's ids
   * and unknown ones are simply not found. The ids are bound as one {@code uuid[]} literal, like every
   * native parameter here, so the driver needs no type knowledge.
   */
  @SuppressWarnings("unchecked")
  public List<Transaction> findAll(UUID userId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    StringBuilder literal = new StringBuilder("{");
    for (UUID id : ids) {
      literal.append(literal.length() > 1 ? "," : "").append(id);
    }
    return em.createNativeQuery(
            "SELECT t.* FROM transactions.\"transaction\" t"
                + " WHERE t.id = ANY(CAST(? AS uuid[])) AND t.user_id = CAST(? AS uuid)",
            Transaction.class)
        .setParameter(1, literal.append('}').toString())
        .setParameter(2, userId.toString())
        .getResultList();
  }

  /** What duplicate detection compares, of a transaction: only the columns it needs. */
  public record Key(String externalId, LocalDate date, BigDecimal amount, String currency, String merchantName) {}

  /** The keys of the user's transactions dated from {@code from} to {@code to}, inclusive (the (user, date) index). */
  public List<Key> keysBetween(UUID userId, LocalDate from, LocalDate to) {
    return em.createNamedQuery(Transaction.FIND_KEYS_BETWEEN, Object[].class)
        .setParameter("userId", userId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(row -> new Key((String) row[0], (LocalDate) row[1], (BigDecimal) row[2], (String) row[3], (String) row[4]))
        .toList();
  }

  /** Whether any user has a transaction with this id (ids are global). */
  public boolean idTaken(UUID id) {
    return em.find(Transaction.class, id) != null;
  }

  public Optional<Transaction> findByExternalId(UUID userId, String externalId) {
    return em.createNamedQuery(Transaction.FIND_BY_EXTERNAL_ID, Transaction.class)
        .setParameter("userId", userId)
        .setParameter("externalId", externalId)
        .getResultStream()
        .findFirst();
  }

  /** Inserts now, so that the version is assigned and a duplicate id fails here rather than at commit. */
  public void add(Transaction transaction) {
    em.persist(transaction);
    em.flush();
  }

  /** Writes pending changes now, so that the returned version is the new one. */
  public void flush() {
    em.flush();
  }

  public void remove(Transaction transaction) {
    em.remove(transaction);
    em.flush();
  }

  /** One page plus one row, in the criteria's order. */
  @SuppressWarnings("unchecked")
  public List<Transaction> search(TransactionCriteria criteria) {
    TransactionSearch.Statement statement = TransactionSearch.of(criteria);
    Query query = em.createNativeQuery(statement.sql(), Transaction.class);
    // A page is only read: EclipseLink need not register its rows for change tracking in the transaction.
    query.setHint("eclipselink.read-only", "true");
    for (int i = 0; i < statement.parameters().size(); i++) {
      query.setParameter(i + 1, statement.parameters().get(i));
    }
    return query.getResultList();
  }

  /** @return how many were deleted */
  public int deleteAllOf(UUID userId) {
    return em.createNamedQuery(Transaction.DELETE_BY_USER).setParameter("userId", userId).executeUpdate();
  }
}
