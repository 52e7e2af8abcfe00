package com.duskspendr.transactions.sharing.boundary;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One member's standing in one currency (currencies are never mixed). {@code balance = paid − share +
 * settledPaid − settledReceived}: positive, the others owe the member; negative, the member owes.
 */
public record BalanceView(
    UUID userId,
    String currency,
    BigDecimal paid,
    BigDecimal share,
    BigDecimal settledPaid,
    BigDecimal settledReceived,
    BigDecimal balance) {}
