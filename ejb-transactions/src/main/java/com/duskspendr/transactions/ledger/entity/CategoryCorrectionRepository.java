package com.duskspendr.transactions.ledger.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores the corrections users make, in the caller's JTA transaction. */
@ApplicationScoped
public class CategoryCorrectionRepository {

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  public void add(CategoryCorrection correction) {
    em.persist(correction);
  }

  public List<CategoryCorrection> ofTransaction(UUID userId, UUID transactionId) {
    return em.createNamedQuery(CategoryCorrection.FIND_BY_TRANSACTION, CategoryCorrection.class)
        .setParameter("userId", userId)
        .setParameter("transactionId", transactionId)
        .getResultList();
  }

  /** The user's most recent correction to a category for this merchant key (the normalized merchant name). */
  public Optional<CategoryCorrection> latestFor(UUID userId, String merchantKey) {
    return em.createNamedQuery(CategoryCorrection.FIND_LATEST_BY_MERCHANT, CategoryCorrection.class)
        .setParameter("userId", userId)
        .setParameter("merchantKey", merchantKey)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Per merchant key among these, what {@link #latestFor} answers, in one query (the (user, merchant) index):
   * keys the user never corrected are absent.
   */
  public Map<String, CategoryCorrection> latestForAll(UUID userId, Collection<String> merchantKeys) {
    Map<String, CategoryCorrection> latest = new HashMap<>();
    if (merchantKeys.isEmpty()) {
      return latest;
    }
    em.createNamedQuery(CategoryCorrection.FIND_LATEST_BY_MERCHANTS, CategoryCorrection.class)
        .setParameter("userId", userId)
        .setParameter("merchantKeys", List.copyOf(merchantKeys))
        .getResultStream()
        // ordered by key, then latest first: the first of each key is its latest
        .forEach(c -> latest.putIfAbsent(c.merchantKey(), c));
    return latest;
  }

  /** A (merchant key, category) pair that at least k distinct users chose, with how many did. */
  public record SharedPair(String merchantKey, String categoryId, long users) {}

  /** The pairs {@link SharedCorrectionsQuery} selects for this k. */
  @SuppressWarnings("unchecked")
  public List<SharedPair> sharedByAtLeast(int minDistinctUsers) {
    List<Object[]> rows =
        em.createNativeQuery(SharedCorrectionsQuery.SQL).setParameter(1, minDistinctUsers).getResultList();
    return rows.stream()
        .map(row -> new SharedPair((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  public int deleteAllOf(UUID userId) {
    return em.createNamedQuery(CategoryCorrection.DELETE_BY_USER).setParameter("userId", userId).executeUpdate();
  }
}
