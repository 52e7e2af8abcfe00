package com.duskspendr.transactions.ledger.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Validated filters and page of one user's listing. Null means "no such filter". {@code categoryIds} are
 * the exact ids to match (a category and its subcategories). The page starts strictly after ({@code afterDate}, {@code afterId}) in
 * the newest-first order.
 */
public record TransactionCriteria(
    UUID userId,
    LocalDate startDate,
    LocalDate endDate,
    Set<String> categoryIds,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    String text,
    String source,
    String tag,
    LocalDate afterDate,
    UUID afterId,
    int limit) {}
