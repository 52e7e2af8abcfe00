package com.duskspendr.auth.audit.boundary;

import com.duskspendr.auth.audit.boundary.AuditEntry.Outcome;
import com.duskspendr.auth.audit.entity.AuditRecord;
import com.duskspendr.auth.audit.entity.AuditRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Stateless
public class DefaultAuditLog implements AuditLog {

  @Inject AuditRepository records;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      OffsetDateTime occurredAt, UUID actorId, String action, String target, int status, String requestId) {
    records.append(
        new AuditRecord(occurredAt, actorId, action, target, status, Outcome.of(status).column(), requestId));
  }

  @Override
  public List<AuditEntry> page(long before, int limit) {
    return records.page(before, limit).stream()
        .map(r -> new AuditEntry(r.id(), r.occurredAt(), r.actorId(), r.action(), r.target(), r.status(),
            Outcome.of(r.status()), r.requestId()))
        .toList();
  }
}
