package com.duskspendr.transactions.sharing.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A group's expenses, comments and settlements, and the sums balances are made of. */
@ApplicationScoped
public class ExpenseRepository {

  /** One member's sum in one currency. */
  public record MemberSum(UUID userId, String currency, BigDecimal amount) {}

  private static final String PAID =
      "SELECT CAST(p.user_id AS text), e.currency, SUM(p.amount) FROM transactions.shared_expense_payer p"
          + " JOIN transactions.shared_expense e ON e.id = p.expense_id"
          + " WHERE e.group_id = CAST(?1 AS uuid) AND e.deleted_at IS NULL GROUP BY p.user_id, e.currency";

  private static final String OWED =
      "SELECT CAST(s.user_id AS text), e.currency, SUM(s.amount) FROM transactions.shared_expense_share s"
          + " JOIN transactions.shared_expense e ON e.id = s.expense_id"
          + " WHERE e.group_id = CAST(?1 AS uuid) AND e.deleted_at IS NULL GROUP BY s.user_id, e.currency";

  private static final String SETTLED_OUT =
      "SELECT CAST(from_user AS text), currency, SUM(amount) FROM transactions.settlement"
          + " WHERE group_id = CAST(?1 AS uuid) GROUP BY from_user, currency";

  private static final String SETTLED_IN =
      "SELECT CAST(to_user AS text), currency, SUM(amount) FROM transactions.settlement"
          + " WHERE group_id = CAST(?1 AS uuid) GROUP BY to_user, currency";

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** The group's expense with this id, deleted or not; never another group's. */
  public Optional<SharedExpense> find(UUID groupId, UUID id) {
    return Optional.ofNullable(em.find(SharedExpense.class, id)).filter(e -> e.groupId().equals(groupId));
  }

  /** By id alone, for callers that check the group themselves. */
  public Optional<SharedExpense> findAny(UUID id) {
    return Optional.ofNullable(em.find(SharedExpense.class, id));
  }

  public Optional<SharedExpense> findLocked(UUID groupId, UUID id) {
    return Optional.ofNullable(em.find(SharedExpense.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(e -> e.groupId().equals(groupId));
  }

  public List<SharedExpense> live(UUID groupId) {
    return em.createNamedQuery(SharedExpense.FIND_LIVE_IN_GROUP, SharedExpense.class)
        .setParameter("group", groupId)
        .getResultList();
  }

  public List<SharedExpense> deletedSince(UUID groupId, OffsetDateTime since) {
    return em.createNamedQuery(SharedExpense.FIND_DELETED_IN_GROUP, SharedExpense.class)
        .setParameter("group", groupId)
        .setParameter("since", since)
        .getResultList();
  }

  /** Every expense of the group, deleted ones too. */
  public List<SharedExpense> all(UUID groupId) {
    return em.createNamedQuery(SharedExpense.FIND_ALL_IN_GROUP, SharedExpense.class).setParameter("group", groupId).getResultList();
  }

  public Optional<Settlement> settlement(UUID id) {
    return Optional.ofNullable(em.find(Settlement.class, id));
  }

  public List<ExpenseComment> comments(UUID expenseId) {
    return em.createNamedQuery(ExpenseComment.FIND_BY_EXPENSE, ExpenseComment.class)
        .setParameter("expense", expenseId)
        .getResultList();
  }

  public List<Settlement> settlements(UUID groupId) {
    return em.createNamedQuery(Settlement.FIND_BY_GROUP, Settlement.class).setParameter("group", groupId).getResultList();
  }

  public List<MemberSum> paid(UUID groupId) {
    return sums(PAID, groupId);
  }

  public List<MemberSum> owed(UUID groupId) {
    return sums(OWED, groupId);
  }

  public List<MemberSum> settledOut(UUID groupId) {
    return sums(SETTLED_OUT, groupId);
  }

  public List<MemberSum> settledIn(UUID groupId) {
    return sums(SETTLED_IN, groupId);
  }

  @SuppressWarnings("unchecked")
  private List<MemberSum> sums(String sql, UUID groupId) {
    // Whatever was changed earlier in this transaction counts (native queries do not flush on their own).
    em.flush();
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, groupId.toString()).getResultList();
    return rows.stream()
        .map(r -> new MemberSum(UUID.fromString(r[0].toString()), r[1].toString().strip(), new BigDecimal(r[2].toString())))
        .toList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
