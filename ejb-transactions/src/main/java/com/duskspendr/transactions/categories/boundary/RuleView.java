package com.duskspendr.transactions.categories.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A merchant rule; {@code pattern} is in its normalized form (trimmed, single spaces, lower case). */
public record RuleView(
    UUID id,
    String pattern,
    MatchType matchType,
    String categoryId,
    int priority,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
