package com.duskspendr.transactions.categories.boundary;

/**
 * Changes to a merchant rule; null leaves a field as it is.
 *
 * @param expectedVersion when present, the change applies only if the rule still has this version
 */
public record RulePatch(String pattern, String matchType, String categoryId, Integer priority, Long expectedVersion) {}
