package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.boundary.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A new transaction that passed validation: typed, trimmed, defaulted. Produced only by the validator. */
public record ValidNewTransaction(
    UUID id,
    BigDecimal amount,
    String currency,
    LocalDate date,
    OffsetDateTime bookedAt,
    String merchantName,
    String description,
    String categoryId,
    Source source,
    String notes,
    List<String> tags,
    String externalId) {}
