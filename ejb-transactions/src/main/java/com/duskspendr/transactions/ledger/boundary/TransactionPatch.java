package com.duskspendr.transactions.ledger.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A partial change: null leaves a field as it is; an empty string removes an optional text value
 * (bookedAt, merchantName, description, categoryId, notes); an empty list removes every tag. Source and
 * external id never change.
 */
public record TransactionPatch(
    BigDecimal amount,
    String currency,
    String date,
    String bookedAt,
    String merchantName,
    String description,
    String categoryId,
    String notes,
    List<String> tags) {}
