package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;
import java.util.Set;

/**
 * What the ledger and budgets need to know about categories. A category id is a slug: a system primary
 * ({@code food_and_drink}), a system subcategory ({@code food_and_drink.groceries}) or one of the user's own
 * subcategories, whose id also starts with its primary and a dot.
 */
public interface CategoryCatalog {

  /** Whether this user may file money under the id: a system category or one of the user's own. */
  boolean exists(AccountId owner, String categoryId);

  /** The category itself and every subcategory under it that this user can see (system and own). */
  Set<String> withDescendants(AccountId owner, String categoryId);
}
