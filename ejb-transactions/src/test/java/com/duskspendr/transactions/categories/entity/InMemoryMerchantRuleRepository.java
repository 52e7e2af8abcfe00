package com.duskspendr.transactions.categories.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Merchant rules without a database. */
public class InMemoryMerchantRuleRepository extends MerchantRuleRepository {

  public final Map<UUID, MerchantRule> stored = new LinkedHashMap<>();

  @Override
  public List<MerchantRule> ownedBy(UUID owner) {
    return stored.values().stream()
        .filter(r -> r.ownerId().equals(owner))
        .sorted(Comparator.comparingInt(MerchantRule::priority))
        .toList();
  }

  @Override
  public List<MerchantRule> ownedBy(UUID owner, String categoryId) {
    return ownedBy(owner).stream().filter(r -> r.categoryId().equals(categoryId)).toList();
  }

  @Override
  public List<MerchantRule> ownedBy(UUID owner, Collection<UUID> ids) {
    return ownedBy(owner).stream().filter(r -> ids.contains(r.id())).toList();
  }

  @Override
  public boolean exists(UUID id) {
    return stored.containsKey(id);
  }

  @Override
  public Optional<MerchantRule> findOwn(UUID owner, UUID id) {
    return Optional.ofNullable(stored.get(id)).filter(r -> r.ownerId().equals(owner));
  }

  @Override
  public Optional<MerchantRule> findSame(UUID owner, String matchType, String pattern) {
    return ownedBy(owner).stream().filter(r -> r.matchType().equals(matchType) && r.pattern().equals(pattern)).findFirst();
  }

  @Override
  public long countOwnedBy(UUID owner) {
    return ownedBy(owner).size();
  }

  @Override
  public void add(MerchantRule rule) {
    stored.put(rule.id(), rule);
    Versions.bump(rule);
  }

  @Override
  public void remove(MerchantRule rule) {
    stored.remove(rule.id());
  }

  @Override
  public void flush() {
    stored.values().forEach(Versions::bumpIfChanged);
  }

  @Override
  public void deleteAllOf(UUID owner) {
    stored.values().removeIf(r -> r.ownerId().equals(owner));
  }
}
