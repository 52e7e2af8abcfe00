package com.duskspendr.web.groups;

import com.duskspendr.transactions.sharing.boundary.NewExpense;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/v1/groups/{id}/expenses}, and the fields to change in a {@code PATCH} (absent: unchanged).
 * Amounts are JSON strings ({@code "100.00"}) or numbers.
 *
 * @param amount positive, at most the currency's minor digits; default the linked transaction's
 * @param currency ISO 4217; default the linked transaction's, else the group's
 * @param date ISO date; default the linked transaction's, else today
 * @param paidBy who paid how much, adding up to the amount; default I paid it all
 * @param split {@code {type: equal|exact|percent|shares, parts?: [{userId, value}]}}; equal without parts is
 *     every member
 * @param transactionId one of my own ledger transactions (money out) this expense is; my budgets then count only
 *     my share of it. Only on creation
 * @param version in a PATCH, the version the change is based on (or If-Match)
 */
public record ExpenseRequest(
    String description,
    BigDecimal amount,
    String currency,
    String date,
    String categoryId,
    List<Payer> paidBy,
    Split split,
    String transactionId,
    Long version) {

  /** One payer. */
  public record Payer(String userId, BigDecimal amount) {}

  /** How the expense is divided. */
  public record Split(String type, List<Part> parts) {}

  /** A participant and their amount (exact), percentage (percent) or number of shares (shares). */
  public record Part(String userId, BigDecimal value) {}

  NewExpense toNewExpense() {
    return new NewExpense(
        description,
        amount,
        currency,
        date,
        categoryId,
        paidBy == null ? null : paidBy.stream()
            .map(p -> p == null ? new NewExpense.Payer(null, null) : new NewExpense.Payer(p.userId(), p.amount())).toList(),
        split == null ? null : new NewExpense.Split(split.type(), split.parts() == null ? null : split.parts().stream()
            .map(p -> p == null ? new NewExpense.Part(null, null) : new NewExpense.Part(p.userId(), p.value())).toList()),
        transactionId);
  }
}
