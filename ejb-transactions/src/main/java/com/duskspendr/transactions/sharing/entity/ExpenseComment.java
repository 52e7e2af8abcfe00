package com.duskspendr.transactions.sharing.entity;

import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A member's comment on an expense. */
@Entity
@Table(schema = "transactions", name = "shared_expense_comment")
@NamedQuery(
    name = ExpenseComment.FIND_BY_EXPENSE,
    query = "SELECT c FROM ExpenseComment c WHERE c.expenseId = :expense ORDER BY c.createdAt, c.id")
public class ExpenseComment {

  public static final String FIND_BY_EXPENSE = "ExpenseComment.findByExpense";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "expense_id", nullable = false, updatable = false)
  private UUID expenseId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "author_id", nullable = false, updatable = false)
  private UUID authorId;

  @Column(name = "body", nullable = false, length = 2000)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  /** For JPA only. */
  protected ExpenseComment() {}

  public ExpenseComment(UUID id, UUID expenseId, UUID authorId, String body) {
    this.id = Objects.requireNonNull(id, "id");
    this.expenseId = Objects.requireNonNull(expenseId, "expenseId");
    this.authorId = Objects.requireNonNull(authorId, "authorId");
    this.body = Objects.requireNonNull(body, "body");
    this.createdAt = Timestamps.now(Clock.systemUTC());
  }

  public UUID id() {
    return id;
  }

  public UUID expenseId() {
    return expenseId;
  }

  public UUID authorId() {
    return authorId;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
