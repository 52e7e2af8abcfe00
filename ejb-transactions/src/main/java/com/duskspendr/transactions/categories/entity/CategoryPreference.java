package com.duskspendr.transactions.categories.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One user's view of a system category: a display name of their own (null: the system name) and whether
 * they hide it. Other users keep seeing the system category unchanged.
 */
@Entity
@Table(schema = "transactions", name = "category_preference")
@IdClass(CategoryPreference.Key.class)
@NamedQuery(
    name = CategoryPreference.FIND_BY_OWNER,
    query = "SELECT p FROM CategoryPreference p WHERE p.ownerId = :owner")
@NamedQuery(
    name = CategoryPreference.FIND_BY_OWNER_AND_CATEGORIES,
    query = "SELECT p FROM CategoryPreference p WHERE p.ownerId = :owner AND p.categoryId IN :categories")
@NamedQuery(
    name = CategoryPreference.DELETE_BY_OWNER,
    query = "DELETE FROM CategoryPreference p WHERE p.ownerId = :owner")
public class CategoryPreference {

  public static final String FIND_BY_OWNER = "CategoryPreference.findByOwner";
  public static final String FIND_BY_OWNER_AND_CATEGORIES = "CategoryPreference.findByOwnerAndCategories";
  public static final String DELETE_BY_OWNER = "CategoryPreference.deleteByOwner";

  /** The composite key: owner and category. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID ownerId;
    String categoryId;

    public Key() {}

    public Key(UUID ownerId, String categoryId) {
      this.ownerId = ownerId;
      this.categoryId = categoryId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(ownerId, key.ownerId) && Objects.equals(categoryId, key.categoryId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ownerId, categoryId);
    }
  }

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Id
  @Column(name = "category_id", nullable = false, updatable = false)
  private String categoryId;

  @Column(name = "display_name", length = 50)
  private String displayName;

  @Column(name = "hidden", nullable = false)
  private boolean hidden;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected CategoryPreference() {}

  public CategoryPreference(UUID ownerId, String categoryId) {
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
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

  /** @param displayName null: show the system name again */
  public void rename(String displayName) {
    this.displayName = displayName;
  }

  public void hide(boolean hidden) {
    this.hidden = hidden;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String categoryId() {
    return categoryId;
  }

  public String displayName() {
    return displayName;
  }

  public boolean hidden() {
    return hidden;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
