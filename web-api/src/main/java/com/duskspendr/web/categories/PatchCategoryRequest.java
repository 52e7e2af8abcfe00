package com.duskspendr.web.categories;

import com.duskspendr.transactions.categories.boundary.CategoryPatch;

/**
 * {@code PATCH /api/v1/categories/{id}}: only the fields present change. On a system category, {@code name}
 * and {@code hidden} apply to the caller only, and {@code icon} cannot change.
 *
 * @param version optional: the version the client last saw (or send {@code If-Match}); a stale one → 409
 */
public record PatchCategoryRequest(String name, String icon, Boolean hidden, Long version) {

  CategoryPatch toPatch(Long expectedVersion) {
    return new CategoryPatch(name, icon, hidden, expectedVersion);
  }
}
