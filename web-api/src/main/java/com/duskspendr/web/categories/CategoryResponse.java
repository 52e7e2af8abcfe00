package com.duskspendr.web.categories;

import com.duskspendr.transactions.categories.boundary.CategoryView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A category as the caller sees it. {@code parentId} is null for a primary; {@code children} lists a
 * primary's subcategories in the tree and is empty otherwise. For a system category, {@code version} counts
 * the caller's own changes (name, hidden).
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "parentId", "name", "icon", "system", "hidden", "version", "children"})
public record CategoryResponse(
    String id,
    String parentId,
    String name,
    String icon,
    boolean system,
    boolean hidden,
    long version,
    List<CategoryResponse> children) {

  static CategoryResponse from(CategoryView view) {
    return new CategoryResponse(
        view.id(),
        view.parentId(),
        view.name(),
        view.icon(),
        view.system(),
        view.hidden(),
        view.version(),
        view.children().stream().map(CategoryResponse::from).toList());
  }
}
