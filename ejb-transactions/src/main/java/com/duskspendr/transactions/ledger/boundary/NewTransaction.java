package com.duskspendr.transactions.ledger.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A transaction to record, as the client sent it. Only amount and date are required: id (a UUID the client
 * may choose, which makes retries safe), currency (default: the user's preferred one), source (default
 * {@code manual}) and everything else are optional. Dates are ISO-8601 strings ({@code 2024-05-01};
 * bookedAt with an offset); the service validates every field and reports every problem at once.
 */
public record NewTransaction(
    String id,
    BigDecimal amount,
    String currency,
    String date,
    String bookedAt,
    String merchantName,
    String description,
    String categoryId,
    String source,
    String notes,
    List<String> tags,
    String externalId) {}
