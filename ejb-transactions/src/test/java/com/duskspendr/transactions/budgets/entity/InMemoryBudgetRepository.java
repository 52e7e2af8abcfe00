package com.duskspendr.transactions.budgets.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Budgets and crossings without a database, for tests of the logic around them. */
public class InMemoryBudgetRepository extends BudgetRepository {

  public final Map<UUID, Budget> stored = new LinkedHashMap<>();
  public final Set<String> crossings = new HashSet<>();

  @Override
  public Optional<Budget> findOwn(UUID owner, UUID id) {
    return Optional.ofNullable(stored.get(id)).filter(b -> b.ownerId().equals(owner));
  }

  @Override
  public List<Budget> ownedBy(UUID owner) {
    return stored.values().stream().filter(b -> b.ownerId().equals(owner)).toList();
  }

  @Override
  public List<Budget> ownedBy(UUID owner, Collection<UUID> ids) {
    return ownedBy(owner).stream().filter(b -> ids.contains(b.id())).toList();
  }

  @Override
  public boolean exists(UUID id) {
    return stored.containsKey(id);
  }

  @Override
  public long countOwnedBy(UUID owner) {
    return ownedBy(owner).size();
  }

  @Override
  public List<Budget> on(UUID owner, Collection<String> categoryIds, String currency) {
    return ownedBy(owner).stream()
        .filter(b -> categoryIds.contains(b.categoryId()) && b.currency().equals(currency))
        .toList();
  }

  @Override
  public long countOn(UUID owner, String categoryId) {
    return ownedBy(owner).stream().filter(b -> b.categoryId().equals(categoryId)).count();
  }

  @Override
  public void add(Budget budget) {
    stored.put(budget.id(), budget);
  }

  @Override
  public void remove(Budget budget) {
    stored.remove(budget.id());
  }

  @Override
  public void flush() {}

  @Override
  public boolean recordCrossing(UUID budgetId, LocalDate periodStart, int threshold) {
    return crossings.add(budgetId + "/" + periodStart + "/" + threshold);
  }

  @Override
  public void clearCrossings(UUID budgetId) {
    crossings.removeIf(key -> key.startsWith(budgetId + "/"));
  }

  @Override
  public void deleteAllOf(UUID owner) {
    stored.values().removeIf(b -> b.ownerId().equals(owner));
  }
}
