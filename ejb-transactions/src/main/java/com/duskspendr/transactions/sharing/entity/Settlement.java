package com.duskspendr.transactions.sharing.entity;

import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A payment from one member to another that settles (part of) what the first owes. */
@Entity
@Table(schema = "transactions", name = "settlement")
@NamedQuery(
    name = Settlement.FIND_BY_GROUP,
    query = "SELECT s FROM Settlement s WHERE s.groupId = :group ORDER BY s.createdAt DESC, s.id")
public class Settlement {

  public static final String FIND_BY_GROUP = "Settlement.findByGroup";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "group_id", nullable = false, updatable = false)
  private UUID groupId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "from_user", nullable = false, updatable = false)
  private UUID fromUser;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "to_user", nullable = false, updatable = false)
  private UUID toUser;

  @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "date", nullable = false, updatable = false)
  private LocalDate date;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "from_transaction_id")
  private UUID fromTransactionId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "to_transaction_id")
  private UUID toTransactionId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  /** For JPA only. */
  protected Settlement() {}

  public Settlement(
      UUID id, UUID groupId, UUID fromUser, UUID toUser, BigDecimal amount, String currency, LocalDate date,
      UUID createdBy) {
    this.id = Objects.requireNonNull(id, "id");
    this.groupId = Objects.requireNonNull(groupId, "groupId");
    this.fromUser = Objects.requireNonNull(fromUser, "fromUser");
    this.toUser = Objects.requireNonNull(toUser, "toUser");
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.date = Objects.requireNonNull(date, "date");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Timestamps.now(Clock.systemUTC());
  }

  public void recordedAs(UUID fromTransactionId, UUID toTransactionId) {
    this.fromTransactionId = fromTransactionId;
    this.toTransactionId = toTransactionId;
  }

  public UUID id() {
    return id;
  }

  public UUID groupId() {
    return groupId;
  }

  public UUID fromUser() {
    return fromUser;
  }

  public UUID toUser() {
    return toUser;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public LocalDate date() {
    return date;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public UUID fromTransactionId() {
    return fromTransactionId;
  }

  public UUID toTransactionId() {
    return toTransactionId;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
