package com.duskspendr.transactions.ledger.boundary;

/**
 * Filters and page of a listing, as query parameters carry them (all optional). startDate and endDate are
 * inclusive ISO dates; categoryId includes its subcategories; minAmount and maxAmount are inclusive signed
 * decimals; q is a case-insensitive substring of merchant, description or notes; cursor is the nextCursor
 * of the previous page; limit defaults to 50, at most 200.
 */
public record TransactionListRequest(
    String startDate,
    String endDate,
    String categoryId,
    String minAmount,
    String maxAmount,
    String q,
    String source,
    String tag,
    String cursor,
    String limit) {

  public static TransactionListRequest firstPage() {
    return new TransactionListRequest(null, null, null, null, null, null, null, null, null, null);
  }
}
