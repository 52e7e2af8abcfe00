package com.duskspendr.transactions.categories.control;

import com.duskspendr.transactions.categories.boundary.CategoryView;
import com.duskspendr.transactions.categories.control.Taxonomy.SystemCategory;
import com.duskspendr.transactions.categories.entity.Category;
import com.duskspendr.transactions.categories.entity.CategoryPreference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How one user sees categories: the system taxonomy with their preferences applied, plus their own. */
public final class CategoryTree {

  private CategoryTree() {}

  public static List<CategoryView> build(
      Taxonomy taxonomy, Collection<Category> own, Collection<CategoryPreference> preferences) {
    Map<String, CategoryPreference> preferenceById =
        preferences.stream().collect(Collectors.toMap(CategoryPreference::categoryId, Function.identity()));
    Map<String, List<Category>> ownByParent =
        own.stream().collect(Collectors.groupingBy(Category::parentId));
    List<CategoryView> tree = new ArrayList<>();
    for (SystemCategory primary : taxonomy.primaries()) {
      List<CategoryView> children = new ArrayList<>();
      taxonomy.childrenOf(primary.id()).forEach(c -> children.add(ofSystem(c, preferenceById.get(c.id()))));
      ownByParent.getOrDefault(primary.id(), List.of()).stream()
          .sorted(Comparator.comparing(Category::id))
          .forEach(c -> children.add(ofOwn(c)));
      CategoryView view = ofSystem(primary, preferenceById.get(primary.id()));
      tree.add(new CategoryView(
          view.id(), view.parentId(), view.name(), view.icon(), true, view.hidden(), view.version(), children));
    }
    return tree;
  }

  /** @param preference the user's preference, or null */
  public static CategoryView ofSystem(SystemCategory category, CategoryPreference preference) {
    String name = preference == null || preference.displayName() == null ? category.name() : preference.displayName();
    return new CategoryView(
        category.id(),
        category.parentId(),
        name,
        category.icon(),
        true,
        preference != null && preference.hidden(),
        preference == null ? 0 : preference.version(),
        List.of());
  }

  public static CategoryView ofOwn(Category category) {
    return new CategoryView(
        category.id(),
        category.parentId(),
        category.name(),
        category.icon(),
        false,
        category.hidden(),
        category.version(),
        List.of());
  }
}
