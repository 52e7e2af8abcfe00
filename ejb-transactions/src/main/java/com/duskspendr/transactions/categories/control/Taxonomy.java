package com.duskspendr.transactions.categories.control;

import com.duskspendr.transactions.categories.entity.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The system categories, immutable: primaries and their subcategories, ordered by id. */
public final class Taxonomy {

  /** One system category as every user first sees it. */
  public record SystemCategory(String id, String parentId, String name, String icon) {}

  private final Map<String, SystemCategory> byId = new LinkedHashMap<>();
  private final Map<String, List<SystemCategory>> childrenByPrimary = new LinkedHashMap<>();
  private final List<SystemCategory> primaries = new ArrayList<>();

  public Taxonomy(List<Category> systemCategories) {
    systemCategories.stream()
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .map(c -> new SystemCategory(c.id(), c.parentId(), c.name(), c.icon()))
        .forEach(c -> byId.put(c.id(), c));
    for (SystemCategory category : byId.values()) {
      if (category.parentId() == null) {
        primaries.add(category);
        childrenByPrimary.putIfAbsent(category.id(), new ArrayList<>());
      } else {
        childrenByPrimary.computeIfAbsent(category.parentId(), p -> new ArrayList<>()).add(category);
      }
    }
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  public boolean isPrimary(String id) {
    SystemCategory category = byId.get(id);
    return category != null && category.parentId() == null;
  }

  public Optional<SystemCategory> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<SystemCategory> primaries() {
    return Collections.unmodifiableList(primaries);
  }

  public List<SystemCategory> childrenOf(String primary) {
    return Collections.unmodifiableList(childrenByPrimary.getOrDefault(primary, List.of()));
  }
}
