package com.duskspendr.transactions.sharing.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recorded payment between two members.
 *
 * @param myTransactionId the transfer in the caller's own ledger, when the caller is a party
 */
public record SettlementView(
    UUID id, UUID groupId, UUID from, UUID to, BigDecimal amount, String currency, LocalDate date, UUID createdBy,
    UUID myTransactionId, OffsetDateTime createdAt) {}
