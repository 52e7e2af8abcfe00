package com.duskspendr.transactions.budgets.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** A spending limit per period for one category of one user. Values reaching it are already validated. */
@Entity
@Table(schema = "transactions", name = "budget")
@NamedQuery(
    name = Budget.FIND_BY_OWNER,
    query = "SELECT b FROM Budget b WHERE b.ownerId = :owner ORDER BY b.createdAt, b.id")
@NamedQuery(name = Budget.COUNT_BY_OWNER, query = "SELECT COUNT(b) FROM Budget b WHERE b.ownerId = :owner")
@NamedQuery(
    name = Budget.FIND_BY_OWNER_AND_CATEGORIES,
    query = "SELECT b FROM Budget b WHERE b.ownerId = :owner AND b.categoryId IN :categories AND b.currency = :currency")
@NamedQuery(
    name = Budget.COUNT_BY_OWNER_AND_CATEGORY,
    query = "SELECT COUNT(b) FROM Budget b WHERE b.ownerId = :owner AND b.categoryId = :category")
@NamedQuery(name = Budget.DELETE_BY_OWNER, query = "DELETE FROM Budget b WHERE b.ownerId = :owner")
public class Budget {

  public static final String FIND_BY_OWNER = "Budget.findByOwner";
  public static final String COUNT_BY_OWNER = "Budget.countByOwner";
  public static final String FIND_BY_OWNER_AND_CATEGORIES = "Budget.findByOwnerAndCategories";
  public static final String COUNT_BY_OWNER_AND_CATEGORY = "Budget.countByOwnerAndCategory";
  public static final String DELETE_BY_OWNER = "Budget.deleteByOwner";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Column(name = "category_id", nullable = false)
  private String categoryId;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  /** {@code weekly}, {@code monthly} or {@code yearly}. */
  @Column(name = "period", nullable = false, length = 7)
  private String period;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "rollover", nullable = false)
  private boolean rollover;

  /** Ascending, distinct, comma-separated percentages. */
  @Column(name = "alert_thresholds", nullable = false, length = 60)
  private String alertThresholds;

  // OffsetDateTime rather than Instant: EclipseLink 4 has no Instant mapping and would store it as bytea.
  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected Budget() {}

  public Budget(UUID id, UUID ownerId) {
    this.id = Objects.requireNonNull(id, "id");
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
  }

  @PrePersist
  void stampCreation() {
    createdAt = now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = now();
  }

  // PostgreSQL keeps microseconds; truncating keeps the in-memory value equal to the stored one.
  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** Sets every field at once (creation and updates go through the same validated values). */
  public void define(
      String categoryId,
      BigDecimal amount,
      String currency,
      String period,
      LocalDate startDate,
      boolean rollover,
      List<Integer> alertThresholds) {
    this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.period = Objects.requireNonNull(period, "period");
    this.startDate = Objects.requireNonNull(startDate, "startDate");
    this.rollover = rollover;
    this.alertThresholds = alertThresholds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public UUID id() {
    return id;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String categoryId() {
    return categoryId;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public String period() {
    return period;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public boolean rollover() {
    return rollover;
  }

  public List<Integer> alertThresholds() {
    if (alertThresholds == null || alertThresholds.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(alertThresholds.split(",")).map(Integer::valueOf).toList();
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
