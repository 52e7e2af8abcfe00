package com.duskspendr.web.categories;

import com.duskspendr.transactions.categories.boundary.RuleView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;

/** A merchant rule; {@code pattern} as stored: trimmed, single spaces, lower case. */
@JsonbPropertyOrder({"id", "pattern", "matchType", "categoryId", "priority", "version", "createdAt", "updatedAt"})
public record RuleResponse(
    String id,
    String pattern,
    String matchType,
    String categoryId,
    int priority,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static RuleResponse from(RuleView view) {
    return new RuleResponse(
        view.id().toString(),
        view.pattern(),
        view.matchType().wireName(),
        view.categoryId(),
        view.priority(),
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }
}
