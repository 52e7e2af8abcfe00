package com.duskspendr.transactions.sharing.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One member's part of an expense: what the split said ({@code splitValue}: the exact amount, percentage or
 * number of shares; null for an equal split) and the amount it came to, at the currency's minor units.
 */
@Embeddable
public class ExpenseShare {

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "split_value", precision = 19, scale = 4)
  private BigDecimal splitValue;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "accepted_transaction_id")
  private UUID acceptedTransactionId;

  /** For JPA only. */
  protected ExpenseShare() {}

  public ExpenseShare(UUID userId, BigDecimal splitValue, BigDecimal amount, UUID acceptedTransactionId) {
    this.userId = Objects.requireNonNull(userId, "userId");
    this.splitValue = splitValue;
    this.amount = Objects.requireNonNull(amount, "amount");
    this.acceptedTransactionId = acceptedTransactionId;
  }

  public UUID userId() {
    return userId;
  }

  public BigDecimal splitValue() {
    return splitValue;
  }

  public BigDecimal amount() {
    return amount;
  }

  public UUID acceptedTransactionId() {
    return acceptedTransactionId;
  }

  /** Equal values (amounts compared by value: 25.0000 as stored equals 25.00 as computed). */
  @Override
  public boolean equals(Object other) {
    return other instanceof ExpenseShare o && Objects.equals(o.userId, userId) && ExpensePayer.same(o.splitValue, splitValue) && ExpensePayer.same(o.amount, amount) && Objects.equals(o.acceptedTransactionId, acceptedTransactionId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId);
  }
}
