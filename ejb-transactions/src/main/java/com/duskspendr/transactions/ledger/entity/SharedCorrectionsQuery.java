package com.duskspendr.transactions.ledger.entity;

/**
 * The k-anonymity selection of corrections for the global model, in SQL so that no user's rows leave the
 * database: a (normalized merchant, category) pair qualifies only when at least {@code ?1} distinct users
 * hold it as their latest correction for that merchant. Only the merchant key, the category and the number
 * of users come out: never a user id, a raw merchant string, a description or a date.
 *
 * <p>Only users whose email is verified count ({@code verified_owner}, kept from the auth context's
 * {@code AccountVerified} event): fake accounts are free to make, so three of them must not be enough to
 * teach every user's model.
 *
 * <p>Each user counts with their latest correction per merchant only: someone who filed "acme" under
 * groceries and later changed their mind to pharmacies no longer supports groceries.
 */
public final class SharedCorrectionsQuery {

  /** One parameter: the minimum number of distinct users (k). Columns: merchant_key, category, users. */
  public static final String SQL =
      "SELECT merchant_key, to_category, COUNT(*) AS users FROM ("
          + " SELECT DISTINCT ON (user_id, merchant_key) user_id, merchant_key, to_category"
          + " FROM transactions.category_correction c"
          + " WHERE merchant_key IS NOT NULL AND merchant_key <> ''"
          + " AND EXISTS (SELECT 1 FROM transactions.verified_owner v WHERE v.user_id = c.user_id)"
          + " ORDER BY user_id, merchant_key, corrected_at DESC, id) latest"
          + " WHERE to_category IS NOT NULL"
          + " GROUP BY merchant_key, to_category"
          + " HAVING COUNT(*) >= ?"
          + " ORDER BY merchant_key, to_category";

  private SharedCorrectionsQuery() {}
}
