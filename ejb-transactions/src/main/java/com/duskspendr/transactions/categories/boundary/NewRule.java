package com.duskspendr.transactions.categories.boundary;

/**
 * A merchant rule to create.
 *
 * @param pattern 1 to 100 characters after normalization
 * @param matchType {@code exact}, {@code prefix} or {@code contains}
 * @param categoryId a category the user may file under
 * @param priority 0 to 1000, lower first; null: {@value com.duskspendr.transactions.categories.control.RuleInput#DEFAULT_PRIORITY}
 */
public record NewRule(String pattern, String matchType, String categoryId, Integer priority) {}
