package com.duskspendr.transactions.sharing.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An expense as the group's members see it. Amounts at the currency's minor digits.
 *
 * @param linkedTransactionId the payer's ledger transaction it was made from; only shown to that payer
 * @param deletedAt when it was deleted (it can be restored for the undo window); null while it counts
 */
public record ExpenseView(
    UUID id,
    UUID groupId,
    String description,
    BigDecimal amount,
    String currency,
    LocalDate date,
    String categoryId,
    List<PayerView> paidBy,
    String splitType,
    List<ShareView> shares,
    UUID createdBy,
    UUID linkedTransactionId,
    OffsetDateTime deletedAt,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public record PayerView(UUID userId, BigDecimal amount) {}

  /**
   * @param value what the split said (amount, percentage, shares), null for equal
   * @param accepted whether the member recorded the share in their own ledger (the transaction's id only to them)
   */
  public record ShareView(UUID userId, BigDecimal value, BigDecimal amount, boolean accepted, UUID transactionId) {}
}
