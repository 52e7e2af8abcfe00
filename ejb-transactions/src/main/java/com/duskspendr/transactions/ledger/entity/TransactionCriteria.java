package com.duskspendr.transactions.ledger.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Validated filters and page of one user's listing. Null means "no such filter". {@code categoryIds} are
 * the exact ids to match; {@code categoryPrefix}, when set, also matches every id under it (used only while
 * no category catalog is deployed). The page starts strictly after ({@code afterDate}, {@code afterId}) in
 * the newest-first order.
 */
public record TransactionCriteria(
    UUID userId,
    LocalDate startDate,
    LocalDate endDate,
    Set<String> categoryIds,
    String categoryPrefix,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    String text,
    String source,
    String tag,
    LocalDate afterDate,
    UUID afterId,
    int limit) {}
