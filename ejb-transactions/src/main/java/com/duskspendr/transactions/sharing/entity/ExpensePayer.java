package com.duskspendr.transactions.sharing.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** How much one member paid of an expense. */
@Embeddable
public class ExpensePayer {

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  /** For JPA only. */
  protected ExpensePayer() {}

  public ExpensePayer(UUID userId, BigDecimal amount) {
    this.userId = Objects.requireNonNull(userId, "userId");
    this.amount = Objects.requireNonNull(amount, "amount");
  }

  public UUID userId() {
    return userId;
  }

  public BigDecimal amount() {
    return amount;
  }

  /** Equal values (amounts compared by value: 25.0000 as stored equals 25.00 as computed). */
  @Override
  public boolean equals(Object other) {
    return other instanceof ExpensePayer o && Objects.equals(o.userId, userId) && same(o.amount, amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId);
  }

  static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
