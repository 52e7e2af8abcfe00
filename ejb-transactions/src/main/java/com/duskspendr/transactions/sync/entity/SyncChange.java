package com.duskspendr.transactions.sync.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The latest change of one synced record: read-only here. Rows are written by {@link SyncChangeRepository}
 * with native upserts, because the sequence number must come from the locked {@code sync_state} row in the
 * same statement round trip (see {@code DefaultChangeLog}).
 */
@Entity
@IdClass(SyncChange.Key.class)
@Table(schema = "transactions", name = "sync_change")
@NamedQuery(
    name = SyncChange.FIND_BY_OWNER_AFTER_SEQ,
    query = "SELECT c FROM SyncChange c WHERE c.userId = :userId AND c.seq > :afterSeq ORDER BY c.seq")
@NamedQuery(
    name = SyncChange.FIND_BY_RECORD,
    query = "SELECT c FROM SyncChange c WHERE c.userId = :userId AND c.entity = :entity AND c.entityId = :entityId")
@NamedQuery(name = SyncChange.DELETE_BY_OWNER, query = "DELETE FROM SyncChange c WHERE c.userId = :userId")
public class SyncChange {

  static final String FIND_BY_OWNER_AFTER_SEQ = "SyncChange.findByOwnerAfterSeq";
  static final String FIND_BY_RECORD = "SyncChange.findByRecord";
  static final String DELETE_BY_OWNER = "SyncChange.deleteByOwner";

  /** The composite primary key: one row per record of a user. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID userId;
    String entity;
    String entityId;

    public Key() {}

    public Key(UUID userId, String entity, String entityId) {
      this.userId = userId;
      this.entity = entity;
      this.entityId = entityId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(userId, key.userId)
          && java.util.Objects.equals(entity, key.entity)
          && java.util.Objects.equals(entityId, key.entityId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(userId, entity, entityId);
    }
  }

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Id
  @Column(name = "entity", nullable = false, updatable = false, length = 16)
  private String entity;

  @Id
  @Column(name = "entity_id", nullable = false, updatable = false, length = 64)
  private String entityId;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "deleted", nullable = false)
  private boolean deleted;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  /** For JPA only. */
  protected SyncChange() {}

  public UUID userId() {
    return userId;
  }

  /** The feed name of the record's kind ({@code transaction}, {@code budget}, ...). */
  public String entity() {
    return entity;
  }

  public String entityId() {
    return entityId;
  }

  public long seq() {
    return seq;
  }

  public long version() {
    return version;
  }

  public boolean deleted() {
    return deleted;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }
}
