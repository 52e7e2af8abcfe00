package com.duskspendr.transactions.sharing.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * An expense to add (or, in an edit, the fields to change: null keeps the current value), as the client sent it.
 *
 * @param amount positive, at most the currency's minor digits; default the linked transaction's
 * @param currency ISO 4217; default the linked transaction's, else the group's
 * @param date ISO date; default the linked transaction's, else today in the creator's time zone
 * @param paidBy who paid how much, adding up to the amount; default the creator paid all
 * @param split how it is divided; required on creation
 * @param transactionId one of the creator's own ledger transactions (money out) this expense is: the creator
 *     must be a payer of exactly its amount; it then counts only the creator's share in their budgets
 */
public record NewExpense(
    String description,
    BigDecimal amount,
    String currency,
    String date,
    String categoryId,
    List<Payer> paidBy,
    Split split,
    String transactionId) {

  /** One payer. */
  public record Payer(String userId, BigDecimal amount) {}

  /**
   * @param type {@code equal}, {@code exact}, {@code percent} or {@code shares}
   * @param parts who takes part with which value (for {@code equal} the value is ignored, and without parts every
   *     active member takes part)
   */
  public record Split(String type, List<Part> parts) {}

  /** One participant: an amount (exact), a percentage (percent) or a number of shares (shares). */
  public record Part(String userId, BigDecimal value) {}
}
