package com.duskspendr.transactions.categories.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
