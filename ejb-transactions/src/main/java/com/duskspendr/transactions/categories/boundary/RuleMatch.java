package com.duskspendr.transactions.categories.boundary;

import java.util.UUID;

/** The merchant rule that files a merchant: which rule, what it matched on, where it files. */
public record RuleMatch(UUID ruleId, MatchType matchType, String pattern, String categoryId) {}
