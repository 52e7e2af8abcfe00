package com.duskspendr.transactions.ledger.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import java.util.Set;

/** What the ledger asks about one user's categories (the catalog, bound to that user). */
public interface Categories {

  boolean exists(String categoryId);

  /** The ids a filter on this category matches: itself and every subcategory the user can see. */
  Set<String> withDescendants(String categoryId);

  static Categories of(CategoryCatalog catalog, AccountId owner) {
    return new Categories() {
      @Override
      public boolean exists(String categoryId) {
        return catalog.exists(owner, categoryId);
      }

      @Override
      public Set<String> withDescendants(String categoryId) {
        return catalog.withDescendants(owner, categoryId);
      }
    };
  }
}
