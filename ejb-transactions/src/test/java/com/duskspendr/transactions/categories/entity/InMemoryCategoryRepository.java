package com.duskspendr.transactions.categories.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Categories and preferences without a database; versions advance on flush as JPA's would. */
public class InMemoryCategoryRepository extends CategoryRepository {

  public final Map<String, Category> stored = new LinkedHashMap<>();
  public final Map<CategoryPreference.Key, CategoryPreference> preferences = new LinkedHashMap<>();

  public InMemoryCategoryRepository(List<Category> system) {
    system.forEach(c -> stored.put(c.id(), c));
  }

  @Override
  public List<Category> systemCategories() {
    return stored.values().stream().filter(Category::system).toList();
  }

  @Override
  public List<Category> ownedBy(UUID owner) {
    return stored.values().stream().filter(c -> owner.equals(c.ownerId())).toList();
  }

  @Override
  public List<Category> ownedBy(UUID owner, String parentId) {
    return ownedBy(owner).stream().filter(c -> c.parentId().equals(parentId)).toList();
  }

  @Override
  public Optional<Category> findOwn(UUID owner, String id) {
    return Optional.ofNullable(stored.get(id)).filter(c -> !c.system() && owner.equals(c.ownerId()));
  }

  @Override
  public List<Category> ownedBy(UUID owner, Collection<String> ids) {
    return ownedBy(owner).stream().filter(c -> ids.contains(c.id())).toList();
  }

  @Override
  public long countOwnedBy(UUID owner) {
    return ownedBy(owner).size();
  }

  @Override
  public void add(Category category) {
    if (stored.putIfAbsent(category.id(), category) != null) {
      throw new IllegalStateException("duplicate key " + category.id());
    }
    Versions.bump(category);
  }

  @Override
  public void remove(Category category) {
    stored.remove(category.id());
  }

  @Override
  public List<CategoryPreference> preferencesOf(UUID owner) {
    return preferences.values().stream().filter(p -> p.ownerId().equals(owner)).toList();
  }

  @Override
  public List<CategoryPreference> preferencesOf(UUID owner, Collection<String> categoryIds) {
    return preferencesOf(owner).stream().filter(p -> categoryIds.contains(p.categoryId())).toList();
  }

  @Override
  public Optional<CategoryPreference> preference(UUID owner, String categoryId) {
    return Optional.ofNullable(preferences.get(new CategoryPreference.Key(owner, categoryId)));
  }

  @Override
  public void add(CategoryPreference preference) {
    preferences.put(new CategoryPreference.Key(preference.ownerId(), preference.categoryId()), preference);
  }

  /** Every flush after a change counts as one version, as in the database. */
  @Override
  public void flush() {
    stored.values().stream().filter(c -> !c.system()).forEach(Versions::bumpIfChanged);
    new ArrayList<>(preferences.values()).forEach(Versions::bumpIfChanged);
  }

  @Override
  public void deleteAllOf(UUID owner) {
    preferences.values().removeIf(p -> p.ownerId().equals(owner));
    stored.values().removeIf(c -> owner.equals(c.ownerId()));
  }
}
