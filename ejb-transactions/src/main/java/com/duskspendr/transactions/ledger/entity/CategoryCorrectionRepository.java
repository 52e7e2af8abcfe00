package com.duskspendr.transactions.ledger.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

  public int deleteAllOf(UUID userId) {
    return em.createNamedQuery(CategoryCorrection.DELETE_BY_USER).setParameter("userId", userId).executeUpdate();
  }
}
