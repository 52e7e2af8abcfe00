package com.duskspendr.analytics.exports.boundary;

import java.time.OffsetDateTime;

/**
 * An export as its owner sees it.
 *
 * @param status pending, running, ready or failed
 * @param exportedTransactions progress: transactions written so far
 * @param downloadUrl once ready: a signed link that works without the bearer token until {@code linkExpiresAt}
 *     (ask for the export again for a fresh one)
 */
public record ExportView(
    String id, String status, int exportedTransactions, OffsetDateTime createdAt, OffsetDateTime completedAt,
    OffsetDateTime expiresAt, String downloadUrl, OffsetDateTime linkExpiresAt) {}
