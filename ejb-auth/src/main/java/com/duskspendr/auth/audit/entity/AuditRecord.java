package com.duskspendr.auth.audit.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One admin call as the log keeps it; nothing here ever changes once written (no setters). */
@Entity
@Table(schema = "auth", name = "admin_audit")
@NamedQuery(name = AuditRecord.FIND_BEFORE, query = "SELECT a FROM AuditRecord a WHERE a.id < :before ORDER BY a.id DESC")
public class AuditRecord {

  public static final String FIND_BEFORE = "AuditRecord.findBefore";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false, updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "actor_id", updatable = false)
  private UUID actorId;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "target", updatable = false)
  private String target;

  @Column(name = "status", nullable = false, updatable = false)
  private short status;

  @Column(name = "outcome", nullable = false, updatable = false)
  private String outcome;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  /** For JPA only. */
  protected AuditRecord() {}

  public AuditRecord(
      OffsetDateTime occurredAt, UUID actorId, String action, String target, int status, String outcome,
      String requestId) {
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.action = action;
    this.target = target;
    this.status = (short) status;
    this.outcome = outcome;
    this.requestId = requestId;
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public UUID actorId() {
    return actorId;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public int status() {
    return status;
  }

  public String outcome() {
    return outcome;
  }

  public String requestId() {
    return requestId;
  }
}
