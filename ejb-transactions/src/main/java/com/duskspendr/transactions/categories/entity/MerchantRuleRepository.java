package com.duskspendr.transactions.categories.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Merchant rules in the caller's JTA transaction; per-user lists are bounded by the per-user rule limit. */
@ApplicationScoped
public class MerchantRuleRepository {

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** In the order they are tried: priority, then age. */
  public List<MerchantRule> ownedBy(UUID owner) {
    return em.createNamedQuery(MerchantRule.FIND_BY_OWNER, MerchantRule.class).setParameter("owner", owner).getResultList();
  }

  public List<MerchantRule> ownedBy(UUID owner, String categoryId) {
    return em.createNamedQuery(MerchantRule.FIND_BY_OWNER_AND_CATEGORY, MerchantRule.class)
        .setParameter("owner", owner)
        .setParameter("category", categoryId)
        .getResultList();
  }

  /**
   * The user's rules among these ids (a batch of at most a sync page), in one query through the primary
   * key. Native, with the ids bound as one {@code uuid[]} literal (text, as the UUID converter binds
   * ids), so that no converter has to reach into the elements of a JPQL {@code IN} collection.
   */
  @SuppressWarnings("unchecked")
  public List<MerchantRule> ownedBy(UUID owner, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNativeQuery(
            "SELECT r.* FROM transactions.merchant_rule r WHERE r.id = ANY(CAST(?1 AS uuid[])) AND r.owner_id = CAST(?2 AS uuid)",
            MerchantRule.class)
        .setParameter(1, ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
        .setParameter(2, owner.toString())
        .getResultList();
  }

  /** Any user's rule with this id: for telling a taken id from a free one, never for showing it. */
  public boolean exists(UUID id) {
    return em.find(MerchantRule.class, id) != null;
  }

  public Optional<MerchantRule> findOwn(UUID owner, UUID id) {
    return Optional.ofNullable(em.find(MerchantRule.class, id)).filter(r -> owner.equals(r.ownerId()));
  }

  public Optional<MerchantRule> findSame(UUID owner, String matchType, String pattern) {
    return em.createNamedQuery(MerchantRule.FIND_BY_OWNER_AND_PATTERN, MerchantRule.class)
        .setParameter("owner", owner)
        .setParameter("matchType", matchType)
        .setParameter("pattern", pattern)
        .getResultStream()
        .findFirst();
  }

  public long countOwnedBy(UUID owner) {
    return em.createNamedQuery(MerchantRule.COUNT_BY_OWNER, Long.class).setParameter("owner", owner).getSingleResult();
  }

  public void add(MerchantRule rule) {
    em.persist(rule);
  }

  public void remove(MerchantRule rule) {
    em.remove(rule);
  }

  public void flush() {
    em.flush();
  }

  public void deleteAllOf(UUID owner) {
    em.createNamedQuery(MerchantRule.DELETE_BY_OWNER).setParameter("owner", owner).executeUpdate();
  }
}
