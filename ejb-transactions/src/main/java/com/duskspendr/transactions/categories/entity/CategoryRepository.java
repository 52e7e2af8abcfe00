package com.duskspendr.transactions.categories.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Categories and per-user preferences, in the caller's JTA transaction. Every per-user query is bounded by
 * the per-user limit on own categories and served by an index on the owner.
 */
@ApplicationScoped
public class CategoryRepository {

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** The seeded taxonomy (about 120 rows), primaries and subcategories. */
  public List<Category> systemCategories() {
    return em.createNamedQuery(Category.FIND_SYSTEM, Category.class).getResultList();
  }

  public List<Category> ownedBy(UUID owner) {
    return em.createNamedQuery(Category.FIND_BY_OWNER, Category.class).setParameter("owner", owner).getResultList();
  }

  public List<Category> ownedBy(UUID owner, String parentId) {
    return em.createNamedQuery(Category.FIND_BY_OWNER_AND_PARENT, Category.class)
        .setParameter("owner", owner)
        .setParameter("parent", parentId)
        .getResultList();
  }

  /** The user's own category with this id; never another user's. */
  public Optional<Category> findOwn(UUID owner, String id) {
    return Optional.ofNullable(em.find(Category.class, id)).filter(c -> !c.system() && owner.equals(c.ownerId()));
  }

  /** The user's own categories among these ids (a batch of at most a sync page), through the primary key. */
  public List<Category> ownedBy(UUID owner, Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(Category.FIND_BY_OWNER_AND_IDS, Category.class)
        .setParameter("owner", owner)
        .setParameter("ids", ids)
        .getResultList();
  }

  public long countOwnedBy(UUID owner) {
    return em.createNamedQuery(Category.COUNT_BY_OWNER, Long.class).setParameter("owner", owner).getSingleResult();
  }

  public void add(Category category) {
    em.persist(category);
  }

  public void remove(Category category) {
    em.remove(category);
  }

  public List<CategoryPreference> preferencesOf(UUID owner) {
    return em.createNamedQuery(CategoryPreference.FIND_BY_OWNER, CategoryPreference.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  /** The user's preferences of these categories, through the primary key (owner, category). */
  public List<CategoryPreference> preferencesOf(UUID owner, Collection<String> categoryIds) {
    if (categoryIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(CategoryPreference.FIND_BY_OWNER_AND_CATEGORIES, CategoryPreference.class)
        .setParameter("owner", owner)
        .setParameter("categories", categoryIds)
        .getResultList();
  }

  public Optional<CategoryPreference> preference(UUID owner, String categoryId) {
    return Optional.ofNullable(em.find(CategoryPreference.class, new CategoryPreference.Key(owner, categoryId)));
  }

  public void add(CategoryPreference preference) {
    em.persist(preference);
  }

  /** Writes pending changes now, so that versions are current before they are reported. */
  public void flush() {
    em.flush();
  }

  /** Erases the user's own categories and preferences (their rules go with the categories, by cascade). */
  public void deleteAllOf(UUID owner) {
    em.createNamedQuery(CategoryPreference.DELETE_BY_OWNER).setParameter("owner", owner).executeUpdate();
    em.createNamedQuery(Category.DELETE_BY_OWNER).setParameter("owner", owner).executeUpdate();
  }
}
