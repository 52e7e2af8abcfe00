package com.duskspendr.web.groups;

import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.sharing.boundary.CommentView;
import com.duskspendr.transactions.sharing.boundary.ExpenseView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An expense. Amounts are exact decimal strings at the currency's minor digits; {@code split.parts} are in the
 * members' join order, the order the rounding remainder follows.
 *
 * @param transactionId the ledger transaction it was made from; only for the member it belongs to
 * @param deletedAt set while it is deleted (restorable within the undo window)
 */
@JsonbPropertyOrder({
  "id", "groupId", "description", "amount", "currency", "date", "categoryId", "paidBy", "split", "createdBy",
  "transactionId", "deletedAt", "version", "createdAt", "updatedAt"
})
public record ExpenseResponse(
    String id,
    String groupId,
    String description,
    String amount,
    String currency,
    LocalDate date,
    String categoryId,
    List<Payer> paidBy,
    Split split,
    String createdBy,
    String transactionId,
    OffsetDateTime deletedAt,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public record Payer(String userId, String amount) {}

  public record Split(String type, List<Part> parts) {}

  /**
   * @param value what the split said for the member (null for equal)
   * @param amount what the member owes of it
   * @param accepted whether the member recorded it in their own ledger
   * @param transactionId that ledger transaction, only for the member it belongs to
   */
  @JsonbPropertyOrder({"userId", "value", "amount", "accepted", "transactionId"})
  public record Part(String userId, String value, String amount, boolean accepted, String transactionId) {}

  /** A comment. */
  public record Comment(String id, String expenseId, String authorId, String body, OffsetDateTime createdAt) {

    static Comment from(CommentView c) {
      return new Comment(c.id().toString(), c.expenseId().toString(), c.authorId().toString(), c.body(), c.createdAt());
    }
  }

  /** My share as recorded in my own ledger: the new transaction (money out). */
  public record AcceptedShare(String expenseId, String transactionId, String amount, String currency, String categoryId) {

    static AcceptedShare from(String expenseId, RecordedTransaction t) {
      return new AcceptedShare(expenseId, t.id().toString(), t.amount().toPlainString(), t.currency(), t.categoryId());
    }
  }

  static ExpenseResponse from(ExpenseView e) {
    return new ExpenseResponse(
        e.id().toString(),
        e.groupId().toString(),
        e.description(),
        text(e.amount()),
        e.currency(),
        e.date(),
        e.categoryId(),
        e.paidBy().stream().map(p -> new Payer(p.userId().toString(), text(p.amount()))).toList(),
        new Split(e.splitType(), e.shares().stream()
            .map(s -> new Part(s.userId().toString(), text(s.value()), text(s.amount()), s.accepted(), id(s.transactionId())))
            .toList()),
        e.createdBy().toString(),
        id(e.linkedTransactionId()),
        e.deletedAt(),
        e.version(),
        e.createdAt(),
        e.updatedAt());
  }

  static String text(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  static String id(UUID id) {
    return id == null ? null : id.toString();
  }
}
