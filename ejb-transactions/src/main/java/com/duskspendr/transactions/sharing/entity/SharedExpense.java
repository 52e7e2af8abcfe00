package com.duskspendr.transactions.sharing.entity;

import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An expense of a group: who paid how much and who owes which part. Deleting sets {@code deletedAt}; the
 * expense then counts nowhere and can be restored for a while (see the sharing service).
 */
@Entity
@Table(schema = "transactions", name = "shared_expense")
@NamedQuery(
    name = SharedExpense.FIND_LIVE_IN_GROUP,
    query = "SELECT e FROM SharedExpense e WHERE e.groupId = :group AND e.deletedAt IS NULL ORDER BY e.date DESC, e.createdAt DESC, e.id")
@NamedQuery(
    name = SharedExpense.FIND_DELETED_IN_GROUP,
    query = "SELECT e FROM SharedExpense e WHERE e.groupId = :group AND e.deletedAt IS NOT NULL AND e.deletedAt > :since"
        + " ORDER BY e.deletedAt DESC, e.id")
@NamedQuery(name = SharedExpense.FIND_ALL_IN_GROUP, query = "SELECT e FROM SharedExpense e WHERE e.groupId = :group ORDER BY e.createdAt, e.id")
public class SharedExpense {

  public static final String FIND_ALL_IN_GROUP = "SharedExpense.findAllInGroup";

  public static final String FIND_LIVE_IN_GROUP = "SharedExpense.findLiveInGroup";
  public static final String FIND_DELETED_IN_GROUP = "SharedExpense.findDeletedInGroup";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "group_id", nullable = false, updatable = false)
  private UUID groupId;

  @Column(name = "description", nullable = false, length = 200)
  private String description;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "date", nullable = false)
  private LocalDate date;

  @Column(name = "category_id")
  private String categoryId;

  @Column(name = "split_type", nullable = false, length = 7)
  private String splitType;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "linked_transaction_id")
  private UUID linkedTransactionId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "linked_by")
  private UUID linkedBy;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(schema = "transactions", name = "shared_expense_payer", joinColumns = @JoinColumn(name = "expense_id"))
  @OrderColumn(name = "position")
  private List<ExpensePayer> payers = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(schema = "transactions", name = "shared_expense_share", joinColumns = @JoinColumn(name = "expense_id"))
  @OrderColumn(name = "position")
  private List<ExpenseShare> shares = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected SharedExpense() {}

  public SharedExpense(UUID id, UUID groupId, UUID createdBy) {
    this.id = Objects.requireNonNull(id, "id");
    this.groupId = Objects.requireNonNull(groupId, "groupId");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
  }

  @PrePersist
  void stampCreation() {
    createdAt = Timestamps.now(Clock.systemUTC());
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = Timestamps.now(Clock.systemUTC());
  }

  /** Sets every field at once, from validated values. */
  public void define(
      String description,
      BigDecimal amount,
      String currency,
      LocalDate date,
      String categoryId,
      String splitType,
      List<ExpensePayer> payers,
      List<ExpenseShare> shares) {
    this.description = Objects.requireNonNull(description, "description");
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.date = Objects.requireNonNull(date, "date");
    this.categoryId = categoryId;
    this.splitType = Objects.requireNonNull(splitType, "splitType");
    // Replaced only when they differ: rewriting the same rows would only cost deletes and inserts.
    if (!sameAs(this.payers, payers)) {
      this.payers.clear();
      this.payers.addAll(payers);
    }
    if (!sameAs(this.shares, shares)) {
      this.shares.clear();
      this.shares.addAll(shares);
    }
  }

  private static boolean sameAs(List<?> current, List<?> next) {
    return current.size() == next.size()
        && java.util.stream.IntStream.range(0, current.size()).allMatch(i -> current.get(i).equals(next.get(i)));
  }

  public void link(UUID transactionId, UUID owner) {
    this.linkedTransactionId = transactionId;
    this.linkedBy = owner;
  }

  /** Records that the member recorded their share in their own ledger as this transaction. */
  public void accept(UUID userId, UUID transactionId) {
    for (int i = 0; i < shares.size(); i++) {
      ExpenseShare share = shares.get(i);
      if (share.userId().equals(userId)) {
        shares.set(i, new ExpenseShare(userId, share.splitValue(), share.amount(), transactionId));
      }
    }
  }

  /** Any change of the expense's own row, so that its version moves with a change of its collections. */
  public void touch() {
    updatedAt = Timestamps.now(Clock.systemUTC());
  }

  public void markDeleted(OffsetDateTime at) {
    this.deletedAt = at;
  }

  public void restore() {
    this.deletedAt = null;
  }

  public UUID id() {
    return id;
  }

  public UUID groupId() {
    return groupId;
  }

  public String description() {
    return description;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public LocalDate date() {
    return date;
  }

  public String categoryId() {
    return categoryId;
  }

  public String splitType() {
    return splitType;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public UUID linkedTransactionId() {
    return linkedTransactionId;
  }

  public UUID linkedBy() {
    return linkedBy;
  }

  public OffsetDateTime deletedAt() {
    return deletedAt;
  }

  public List<ExpensePayer> payers() {
    return List.copyOf(payers);
  }

  public List<ExpenseShare> shares() {
    return List.copyOf(shares);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
