package com.duskspendr.transactions.ledger.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The columns analysis needs of a user's transactions in a date range, read without building entities (so
 * nothing is registered for change tracking). The amount is the owner's own part ({@code own_share} when a
 * transaction has one: a shared expense counts the owner's share, a settlement nothing), which is what
 * analysis (analytics' aggregates, insights, the budgets) measures. The (user_id, date DESC, id DESC) index serves the filter and
 * the order, so the row limit stops the scan early.
 */
@ApplicationScoped
public class HistoryRows {

  private static final String SELECT =
      "SELECT t.id, t.date, COALESCE(t.ownShare, t.amount), t.currency, t.merchantName, t.categoryId FROM Transaction t"
          + " WHERE t.userId = :userId AND t.date BETWEEN :from AND :to";

  private static final String ORDER = " ORDER BY t.date DESC, t.id DESC";

  private static final String BETWEEN = SELECT + ORDER;

  private static final String BETWEEN_RECORDED_BY = SELECT + " AND t.createdAt <= :recordedBy" + ORDER;

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** A compact row. */
  public record Row(
      UUID id, LocalDate date, BigDecimal amount, String currency, String merchantName, String categoryId) {}

  /** Newest first (date, then id), at most {@code limit} rows; only those recorded by {@code recordedBy} if given. */
  public List<Row> between(UUID userId, LocalDate from, LocalDate to, int limit, Instant recordedBy) {
    TypedQuery<Object[]> query = em.createQuery(recordedBy == null ? BETWEEN : BETWEEN_RECORDED_BY, Object[].class);
    if (recordedBy != null) {
      query.setParameter("recordedBy", recordedBy.atOffset(ZoneOffset.UTC));
    }
    return query
        .setParameter("userId", userId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(limit)
        .getResultStream()
        .map(HistoryRows::row)
        .toList();
  }

  private static final String BY_IDS = SELECT.substring(0, SELECT.indexOf(" WHERE"))
      + " WHERE t.userId = :userId AND t.id IN :ids";

  /** The owner's transactions among these ids, in no particular order (ids of others or of none are left out). */
  public List<Row> byIds(UUID userId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(BY_IDS, Object[].class)
        .setParameter("userId", userId)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(HistoryRows::row)
        .toList();
  }

  private static Row row(Object[] columns) {
    // The id column goes through UuidColumnConverter; accept its text form too, whatever the provider hands out.
    UUID id = columns[0] instanceof UUID uuid ? uuid : UUID.fromString(columns[0].toString());
    return new Row(
        id, (LocalDate) columns[1], (BigDecimal) columns[2], (String) columns[3], (String) columns[4], (String) columns[5]);
  }
}
