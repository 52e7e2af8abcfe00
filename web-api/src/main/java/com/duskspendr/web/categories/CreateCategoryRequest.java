package com.duskspendr.web.categories;

import com.duskspendr.transactions.categories.boundary.NewCategory;

/**
 * {@code POST /api/v1/categories}: a subcategory of one's own under a primary. The categories service checks
 * every field and reports all invalid ones at once.
 *
 * @param parentId a primary category id, e.g. {@code food_and_drink}
 * @param name 1 to 50 characters
 * @param icon optional icon key ({@code [a-z0-9_-]}, up to 40); the primary's when absent
 */
public record CreateCategoryRequest(String parentId, String name, String icon) {

  NewCategory toNewCategory() {
    return new NewCategory(parentId, name, icon);
  }
}
