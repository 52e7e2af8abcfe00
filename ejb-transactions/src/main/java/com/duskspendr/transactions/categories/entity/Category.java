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
 * A category: a system one (no owner; seeded by the migration, never changed by users) or a user's own
 * subcategory under a system primary. Values reaching the mutators are already validated.
 */
@Entity
@Table(schema = "transactions", name = "category")
@NamedQuery(name = Category.FIND_SYSTEM, query = "SELECT c FROM Category c WHERE c.system = TRUE ORDER BY c.id")
@NamedQuery(
    name = Category.FIND_BY_OWNER,
    query = "SELECT c FROM Category c WHERE c.ownerId = :owner ORDER BY c.id")
@NamedQuery(
    name = Category.FIND_BY_OWNER_AND_PARENT,
    query = "SELECT c FROM Category c WHERE c.ownerId = :owner AND c.parentId = :parent ORDER BY c.id")
@NamedQuery(
    name = Category.FIND_BY_OWNER_AND_IDS,
    query = "SELECT c FROM Category c WHERE c.ownerId = :owner AND c.id IN :ids")
@NamedQuery(name = Category.COUNT_BY_OWNER, query = "SELECT COUNT(c) FROM Category c WHERE c.ownerId = :owner")
@NamedQuery(name = Category.DELETE_BY_OWNER, query = "DELETE FROM Category c WHERE c.ownerId = :owner")
public class Category {

  public static final String FIND_SYSTEM = "Category.findSystem";
  public static final String FIND_BY_OWNER = "Category.findByOwner";
  public static final String FIND_BY_OWNER_AND_PARENT = "Category.findByOwnerAndParent";
  public static final String FIND_BY_OWNER_AND_IDS = "Category.findByOwnerAndIds";
  public static final String COUNT_BY_OWNER = "Category.countByOwner";
  public static final String DELETE_BY_OWNER = "Category.deleteByOwner";

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private String id;

  @Column(name = "parent_id", updatable = false)
  private String parentId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "owner_id", updatable = false)
  private UUID ownerId;

  @Column(name = "name", nullable = false, length = 50)
  private String name;

  @Column(name = "icon", nullable = false, length = 40)
  private String icon;

  @Column(name = "hidden", nullable = false)
  private boolean hidden;

  @Column(name = "system", nullable = false, updatable = false)
  private boolean system;

  // OffsetDateTime rather than Instant: EclipseLink 4 has no Instant mapping and would store it as bytea.
  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected Category() {}

  /** A user's own subcategory under a system primary. */
  public static Category ownSubcategory(String id, String parentId, UUID ownerId, String name, String icon) {
    var category = new Category();
    category.id = Objects.requireNonNull(id, "id");
    category.parentId = Objects.requireNonNull(parentId, "parentId");
    category.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    category.system = false;
    category.rename(name);
    category.changeIcon(icon);
    return category;
  }

  /** A system category as the migration seeds it; for tests of the logic around the catalog. */
  public static Category system(String id, String parentId, String name, String icon) {
    var category = new Category();
    category.id = id;
    category.parentId = parentId;
    category.system = true;
    category.name = name;
    category.icon = icon;
    return category;
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

  public void rename(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public void changeIcon(String icon) {
    this.icon = Objects.requireNonNull(icon, "icon");
  }

  public void hide(boolean hidden) {
    this.hidden = hidden;
  }

  public String id() {
    return id;
  }

  public String parentId() {
    return parentId;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String name() {
    return name;
  }

  public String icon() {
    return icon;
  }

  public boolean hidden() {
    return hidden;
  }

  public boolean system() {
    return system;
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
