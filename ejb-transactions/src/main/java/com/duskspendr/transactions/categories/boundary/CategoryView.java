package com.duskspendr.transactions.categories.boundary;

import java.util.List;

/**
 * A category as one user sees it. For a system category, {@code name} and {@code hidden} are the user's own
 * choices (their preference) and {@code version} counts the user's changes to them (0: none yet).
 *
 * @param children subcategories (system and the user's own), for a primary in a tree; empty otherwise
 */
public record CategoryView(
    String id,
    String parentId,
    String name,
    String icon,
    boolean system,
    boolean hidden,
    long version,
    List<CategoryView> children) {

  public CategoryView {
    children = List.copyOf(children);
  }

  public CategoryView withoutChildren() {
    return new CategoryView(id, parentId, name, icon, system, hidden, version, List.of());
  }
}
