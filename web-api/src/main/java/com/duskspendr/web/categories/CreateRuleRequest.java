package com.duskspendr.web.categories;

import com.duskspendr.transactions.categories.boundary.NewRule;

/**
 * {@code POST /api/v1/rules}: "merchant matches pattern → category".
 *
 * @param matchType {@code exact}, {@code prefix} or {@code contains}; matching ignores case and extra spaces
 * @param priority 0..1000, lower is tried first; default 100
 */
public record CreateRuleRequest(String pattern, String matchType, String categoryId, Integer priority) {

  NewRule toNewRule() {
    return new NewRule(pattern, matchType, categoryId, priority);
  }
}
