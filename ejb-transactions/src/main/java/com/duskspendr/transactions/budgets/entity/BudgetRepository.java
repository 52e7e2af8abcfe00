package com.duskspendr.transactions.budgets.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Budgets and their recorded threshold crossings, in the caller's JTA transaction. */
@ApplicationScoped
public class BudgetRepository {

  /**
   * Insert-if-absent in one statement: of two concurrent writers only one inserts (the other waits for its
   * commit and then finds the row), so only one publishes the alert.
   */
  private static final String RECORD_CROSSING =
      "INSERT INTO transactions.budget_threshold_crossing (budget_id, period_start, threshold, crossed_at)"
          + " VALUES (CAST(?1 AS uuid), ?2, ?3, ?4) ON CONFLICT DO NOTHING";

  private static final String CLEAR_CROSSINGS =
      "DELETE FROM transactions.budget_threshold_crossing WHERE budget_id = CAST(?1 AS uuid)";

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** The user's budget with this id; never another user's. */
  public Optional<Budget> findOwn(UUID owner, UUID id) {
    return Optional.ofNullable(em.find(Budget.class, id)).filter(b -> owner.equals(b.ownerId()));
  }

  /** Oldest first; bounded by the per-user budget limit. */
  public List<Budget> ownedBy(UUID owner) {
    return em.createNamedQuery(Budget.FIND_BY_OWNER, Budget.class).setParameter("owner", owner).getResultList();
  }

  /**
   * The user's budgets among these ids (a batch of at most a sync page), in one query through the primary
   * key. Native, with the ids bound as one {@code uuid[]} literal (text, as the UUID converter binds
   * ids), so that no converter has to reach into the elements of a JPQL {@code IN} collection.
   */
  @SuppressWarnings("unchecked")
  public List<Budget> ownedBy(UUID owner, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNativeQuery(
            "SELECT r.* FROM transactions.budget r WHERE r.id = ANY(CAST(?1 AS uuid[])) AND r.owner_id = CAST(?2 AS uuid)",
            Budget.class)
        .setParameter(1, ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
        .setParameter(2, owner.toString())
        .getResultList();
  }

  /** Any user's budget with this id: for telling a taken id from a free one, never for showing it. */
  public boolean exists(UUID id) {
    return em.find(Budget.class, id) != null;
  }

  public long countOwnedBy(UUID owner) {
    return em.createNamedQuery(Budget.COUNT_BY_OWNER, Long.class).setParameter("owner", owner).getSingleResult();
  }

  /** The user's budgets in this currency on any of these categories. */
  public List<Budget> on(UUID owner, Collection<String> categoryIds, String currency) {
    return em.createNamedQuery(Budget.FIND_BY_OWNER_AND_CATEGORIES, Budget.class)
        .setParameter("owner", owner)
        .setParameter("categories", categoryIds)
        .setParameter("currency", currency)
        .getResultList();
  }

  public long countOn(UUID owner, String categoryId) {
    return em.createNamedQuery(Budget.COUNT_BY_OWNER_AND_CATEGORY, Long.class)
        .setParameter("owner", owner)
        .setParameter("category", categoryId)
        .getSingleResult();
  }

  public void add(Budget budget) {
    em.persist(budget);
  }

  public void remove(Budget budget) {
    em.remove(budget);
  }

  public void flush() {
    em.flush();
  }

  /** @return whether this call recorded the crossing (false: it was recorded before) */
  public boolean recordCrossing(UUID budgetId, LocalDate periodStart, int threshold) {
    // The budget row must exist in the database before a crossing can refer to it.
    em.flush();
    return em.createNativeQuery(RECORD_CROSSING)
            .setParameter(1, budgetId.toString())
            .setParameter(2, periodStart)
            .setParameter(3, threshold)
            .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  /** Forgets which thresholds alerted, so that a redefined budget alerts afresh. */
  public void clearCrossings(UUID budgetId) {
    em.createNativeQuery(CLEAR_CROSSINGS).setParameter(1, budgetId.toString()).executeUpdate();
  }

  /** Erases the user's budgets; their crossings go with them (ON DELETE CASCADE). */
  public void deleteAllOf(UUID owner) {
    em.createNamedQuery(Budget.DELETE_BY_OWNER).setParameter("owner", owner).executeUpdate();
  }
}
