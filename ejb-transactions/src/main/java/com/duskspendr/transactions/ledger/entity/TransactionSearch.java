package com.duskspendr.transactions.ledger.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The listing as native SQL: filters become predicates the indexes of V2__ledger.sql serve, the order is
 * (date, id) descending and the page starts after the cursor by a row comparison, which the
 * {@code (user_id, date DESC, id DESC)} index answers without scanning earlier pages. Every value is a bind
 * parameter, passed as text and cast in SQL so that the driver needs no type knowledge.
 */
public final class TransactionSearch {

  /** The statement and its positional parameters (1-based in the order of the list). */
  public record Statement(String sql, List<Object> parameters) {}

  private TransactionSearch() {}

  /** Fetches one row more than the page, so that the caller knows whether there is a next page. */
  public static Statement of(TransactionCriteria criteria) {
    StringBuilder sql = new StringBuilder("SELECT ").append(Transaction.COLUMNS)
        .append(" FROM transactions.\"transaction\" t WHERE t.user_id = CAST(? AS uuid)");
    List<Object> parameters = new ArrayList<>();
    parameters.add(criteria.userId().toString());
    if (criteria.startDate() != null) {
      sql.append(" AND t.date >= CAST(? AS date)");
      parameters.add(criteria.startDate().toString());
    }
    if (criteria.endDate() != null) {
      sql.append(" AND t.date <= CAST(? AS date)");
      parameters.add(criteria.endDate().toString());
    }
    if (criteria.categoryIds() != null) {
      sql.append(" AND t.category_id = ANY(CAST(? AS text[]))");
      parameters.add(TagsColumnConverter.literal(List.copyOf(criteria.categoryIds())));
    }
    if (criteria.minAmount() != null) {
      sql.append(" AND t.amount >= CAST(? AS numeric)");
      parameters.add(criteria.minAmount().toPlainString());
    }
    if (criteria.maxAmount() != null) {
      sql.append(" AND t.amount <= CAST(? AS numeric)");
      parameters.add(criteria.maxAmount().toPlainString());
    }
    if (criteria.text() != null) {
      // search_text is the generated column the trigram index covers
      sql.append(" AND t.search_text ILIKE ? ESCAPE '\\'");
      parameters.add("%" + likeEscaped(criteria.text()) + "%");
    }
    if (criteria.source() != null) {
      sql.append(" AND t.source = ?");
      parameters.add(criteria.source());
    }
    if (criteria.tag() != null) {
      sql.append(" AND t.tags @> ARRAY[CAST(? AS text)]");
      parameters.add(criteria.tag());
    }
    if (criteria.afterDate() != null) {
      sql.append(" AND (t.date, t.id) < (CAST(? AS date), CAST(? AS uuid))");
      parameters.add(criteria.afterDate().toString());
      parameters.add(criteria.afterId().toString());
    }
    sql.append(" ORDER BY t.date DESC, t.id DESC LIMIT ").append(criteria.limit() + 1);
    return new Statement(sql.toString(), List.copyOf(parameters));
  }

  /** The text matched literally: LIKE's wildcards and the escape character lose their meaning. */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
