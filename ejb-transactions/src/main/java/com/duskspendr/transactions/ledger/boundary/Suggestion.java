package com.duskspendr.transactions.ledger.boundary;

import java.math.BigDecimal;

/** A category the categorizer proposes for a pending transaction, with its confidence (0..1). */
public record Suggestion(String categoryId, BigDecimal confidence) {}
