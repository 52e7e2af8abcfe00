package com.duskspendr.transactions.budgets.control;

import com.duskspendr.platform.identity.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Sums the ledger's {@code transactions.transaction} rows in one aggregate query, in the caller's
 * transaction (so a change made earlier in it is counted). A transaction counts its owner's own part
 * ({@code own_share}, when it has one: a shared expense counts only the owner's share). The ledger's index on (user_id, date) bounds the
 * scan to one user's period; the category list is at most one primary's subcategories.
 */
@ApplicationScoped
public class LedgerSpendingQuery implements SpendingQuery {

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  @Override
  public BigDecimal spent(AccountId owner, Set<String> categoryIds, String currency, DateRange range) {
    if (categoryIds.isEmpty()) {
      return BigDecimal.ZERO;
    }
    // The ledger writes through the same persistence context: flush its pending changes so that the
    // transaction that triggered this evaluation is counted (native queries do not flush on their own).
    em.flush();
    List<String> ids = List.copyOf(categoryIds);
    int first = 5;
    String placeholders =
        IntStream.range(0, ids.size()).mapToObj(i -> "?" + (first + i)).collect(Collectors.joining(", "));
    Query query =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(-COALESCE(t.own_share, t.amount)), 0) FROM transactions.transaction t"
                    + " WHERE t.user_id = CAST(?1 AS uuid) AND t.currency = ?2 AND t.date BETWEEN ?3 AND ?4"
                    + " AND COALESCE(t.own_share, t.amount) < 0 AND t.category_id IN (" + placeholders + ")")
            .setParameter(1, owner.value().toString())
            .setParameter(2, currency)
            .setParameter(3, range.start())
            .setParameter(4, range.end());
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(first + i, ids.get(i));
    }
    Object result = query.getSingleResult();
    return result instanceof BigDecimal sum ? sum : new BigDecimal(result.toString());
  }
}
