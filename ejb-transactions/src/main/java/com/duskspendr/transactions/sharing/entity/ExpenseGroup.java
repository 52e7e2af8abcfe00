package com.duskspendr.transactions.sharing.entity;

import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A group of people who share expenses; its members are {@link GroupMember} rows. */
@Entity
@Table(schema = "transactions", name = "expense_group")
public class ExpenseGroup {

  public static final String ACTIVE = "active";
  public static final String ARCHIVED = "archived";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "status", nullable = false, length = 8)
  private String status;

  @Column(name = "next_position", nullable = false)
  private int nextPosition;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected ExpenseGroup() {}

  public ExpenseGroup(UUID id, String name, String currency, UUID createdBy) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.status = ACTIVE;
  }

  @PrePersist
  void stampCreation() {
    createdAt = Timestamps.now(Clock.systemUTC());
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = Timestamps.now(Clock.systemUTC());
  }

  /** The join position of the next member (0 for the creator): join order decides rounding remainders. */
  public int takePosition() {
    return nextPosition++;
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** Marks the row changed (a membership change), so that its version moves. */
  public void touch() {
    updatedAt = Timestamps.now(Clock.systemUTC());
  }

  public void archive() {
    status = ARCHIVED;
  }

  public boolean archived() {
    return ARCHIVED.equals(status);
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String currency() {
    return currency;
  }

  public String status() {
    return status;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
