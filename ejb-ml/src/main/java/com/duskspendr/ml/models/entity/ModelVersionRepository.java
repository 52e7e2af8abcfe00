package com.duskspendr.ml.models.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Stores and finds model versions in the caller's JTA transaction. */
@ApplicationScoped
public class ModelVersionRepository {

  /** Key of the transaction-scoped advisory lock that serializes bootstrapping and activation. */
  static final long REGISTRY_LOCK = 0x6d6c5f6d6f64656cL; // "ml_model"

  @PersistenceContext(unitName = "ml")
  EntityManager em;

  /**
   * Waits for, and then holds until the transaction ends, the registry's advisory lock: two instances
   * bootstrapping or activating at once take turns, and the second sees what the first committed.
   */
  public void lockRegistry() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?)").setParameter(1, REGISTRY_LOCK).getSingleResult();
  }

  public Optional<Long> activeId() {
    return em.createNamedQuery(ModelVersion.FIND_ACTIVE_ID, Long.class).getResultStream().findFirst();
  }

  public Optional<ModelVersion> find(long id) {
    return Optional.ofNullable(em.find(ModelVersion.class, id));
  }

  /** The newest versions first, at most {@code limit}. */
  public List<ModelSummary> summaries(int limit) {
    return em.createNamedQuery(ModelVersion.LIST_SUMMARIES, ModelSummary.class).setMaxResults(limit).getResultList();
  }

  public boolean isEmpty() {
    return em.createNamedQuery(ModelVersion.COUNT, Long.class).getSingleResult() == 0L;
  }

  /** Inserts now, so the id is assigned and a duplicate version fails here. */
  public ModelVersion add(ModelVersion model) {
    em.persist(model);
    em.flush();
    return model;
  }

  /** Makes this version the only active one (call with the registry lock held). */
  public void activate(ModelVersion model, OffsetDateTime at) {
    em.createNamedQuery(ModelVersion.DEACTIVATE_ALL).executeUpdate();
    em.refresh(model);
    model.activate(at);
    em.flush();
  }
}
