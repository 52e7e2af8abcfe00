package com.duskspendr.ml.training.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/** Records retraining runs in the caller's JTA transaction. */
@ApplicationScoped
public class RetrainRunRepository {

  @PersistenceContext(unitName = "ml")
  EntityManager em;

  public RetrainRun add(RetrainRun run) {
    em.persist(run);
    em.flush();
    return run;
  }

  public RetrainRun find(long id) {
    return em.find(RetrainRun.class, id);
  }

  /** Whether a run with this trigger completed (activated or kept) since then. */
  public boolean completedSince(String trigger, OffsetDateTime since) {
    return em.createNamedQuery(RetrainRun.COUNT_STARTED_SINCE, Long.class)
            .setParameter("trigger", trigger)
            .setParameter("since", since)
            .getSingleResult()
        > 0;
  }
}
