package com.duskspendr.web.categories;

import com.duskspendr.transactions.categories.boundary.RulePatch;

/** {@code PATCH /api/v1/rules/{id}}: only the fields present change; {@code version} as for categories. */
public record PatchRuleRequest(String pattern, String matchType, String categoryId, Integer priority, Long version) {

  RulePatch toPatch(Long expectedVersion) {
    return new RulePatch(pattern, matchType, categoryId, priority, expectedVersion);
  }
}
