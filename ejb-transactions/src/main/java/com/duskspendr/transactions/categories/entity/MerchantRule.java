package com.duskspendr.transactions.categories.entity;

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
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * "Merchant matches pattern → category". The pattern is stored normalized (see the control package's
 * MerchantNames); the match type is {@code exact}, {@code prefix} or {@code contains}.
 */
@Entity
@Table(schema = "transactions", name = "merchant_rule")
@NamedQuery(
    name = MerchantRule.FIND_BY_OWNER,
    query = "SELECT r FROM MerchantRule r WHERE r.ownerId = :owner ORDER BY r.priority, r.createdAt, r.id")
@NamedQuery(name = MerchantRule.COUNT_BY_OWNER, query = "SELECT COUNT(r) FROM MerchantRule r WHERE r.ownerId = :owner")
@NamedQuery(
    name = MerchantRule.FIND_BY_OWNER_AND_CATEGORY,
    query = "SELECT r FROM MerchantRule r WHERE r.ownerId = :owner AND r.categoryId = :category")
@NamedQuery(
    name = MerchantRule.FIND_BY_OWNER_AND_PATTERN,
    query = "SELECT r FROM MerchantRule r WHERE r.ownerId = :owner AND r.matchType = :matchType AND r.pattern = :pattern")
@NamedQuery(name = MerchantRule.DELETE_BY_OWNER, query = "DELETE FROM MerchantRule r WHERE r.ownerId = :owner")
public class MerchantRule {

  public static final String FIND_BY_OWNER = "MerchantRule.findByOwner";
  public static final String COUNT_BY_OWNER = "MerchantRule.countByOwner";
  public static final String FIND_BY_OWNER_AND_CATEGORY = "MerchantRule.findByOwnerAndCategory";
  public static final String FIND_BY_OWNER_AND_PATTERN = "MerchantRule.findByOwnerAndPattern";
  public static final String DELETE_BY_OWNER = "MerchantRule.deleteByOwner";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Column(name = "pattern", nullable = false, length = 100)
  private String pattern;

  @Column(name = "match_type", nullable = false, length = 8)
  private String matchType;

  @Column(name = "category_id", nullable = false)
  private String categoryId;

  @Column(name = "priority", nullable = false)
  private int priority;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected MerchantRule() {}

  public MerchantRule(UUID id, UUID ownerId, String pattern, String matchType, String categoryId, int priority) {
    this.id = Objects.requireNonNull(id, "id");
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    change(pattern, matchType, categoryId, priority);
  }

  @PrePersist
  void stampCreation() {
    createdAt = Timestamps.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = Timestamps.now();
  }

  public void change(String pattern, String matchType, String categoryId, int priority) {
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.matchType = Objects.requireNonNull(matchType, "matchType");
    this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
    this.priority = priority;
  }

  public UUID id() {
    return id;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String pattern() {
    return pattern;
  }

  public String matchType() {
    return matchType;
  }

  public String categoryId() {
    return categoryId;
  }

  public int priority() {
    return priority;
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
