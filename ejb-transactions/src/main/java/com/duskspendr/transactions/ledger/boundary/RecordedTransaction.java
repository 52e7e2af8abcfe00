package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A transaction as its owner sees it. The amount has exactly the currency's minor digits ({@code -12.50}
 * USD, {@code 500} JPY); negative is money out.
 *
 * @param ownShare the part of the amount that is the owner's own spending or income, when it is not all of
 *     it (a shared expense: the owner's share; a settlement with a group member: zero); null otherwise
 */
public record RecordedTransaction(
    UUID id,
    AccountId owner,
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
    String externalId,
    Categorization categorization,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    BigDecimal ownShare) {}
