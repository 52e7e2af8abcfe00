package com.duskspendr.auth.audit.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Appends to and pages through the audit log; offers no way to change or remove an entry. */
@ApplicationScoped
public class AuditRepository {

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  public void append(AuditRecord record) {
    em.persist(record);
  }

  /** Newest first, ids below {@code before} (a keyset cursor: stable while new entries arrive). */
  public List<AuditRecord> page(long before, int limit) {
    return em.createNamedQuery(AuditRecord.FIND_BEFORE, AuditRecord.class)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }
}
