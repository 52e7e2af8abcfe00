package com.duskspendr.transactions.ledger.boundary;

import java.math.BigDecimal;

/** How a transaction got its category; confidence (0..1) and model version only when a model decided. */
public record Categorization(CategorizationStatus status, BigDecimal confidence, String modelVersion) {}
