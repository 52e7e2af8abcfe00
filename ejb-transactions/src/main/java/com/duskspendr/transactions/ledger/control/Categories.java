package com.duskspendr.transactions.ledger.control;

import com.duskspendr.auth.boundary.AccountId;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import jakarta.enterprise.inject.Instance;
import java.util.Set;
import java.util.regex.Pattern;

/** What the ledger asks about one user's categories. */
public interface Categories {

  boolean exists(String categoryId);

  /** The ids a filter on this category matches exactly. */
  Set<String> withDescendants(String categoryId);

  /** Whether a filter must also match every id under the category by its prefix. */
  boolean matchByPrefix();

  /**
   * The user's categories from the deployed catalog. TEMPORARY (remove after the categories component is
   * merged): while no CategoryCatalog bean exists, any well-formed slug is accepted and a filter matches
   * the category and everything under it by prefix.
   */
  static Categories of(Instance<CategoryCatalog> catalog, AccountId owner) {
    if (catalog.isResolvable()) {
      CategoryCatalog resolved = catalog.get();
      return new Categories() {
        @Override
        public boolean exists(String categoryId) {
          return resolved.exists(owner, categoryId);
        }

        @Override
        public Set<String> withDescendants(String categoryId) {
          return resolved.withDescendants(owner, categoryId);
        }

        @Override
        public boolean matchByPrefix() {
          return false;
        }
      };
    }
    return WellFormedSlugs.INSTANCE;
  }

  /** TEMPORARY stand-in for the catalog, see {@link Categories#of}. */
  enum WellFormedSlugs implements Categories {
    INSTANCE;

    private static final Pattern SLUG = Pattern.compile("^[a-z_]+(\\.[a-z0-9_-]+)?$");

    @Override
    public boolean exists(String categoryId) {
      return SLUG.matcher(categoryId).matches();
    }

    @Override
    public Set<String> withDescendants(String categoryId) {
      return Set.of(categoryId);
    }

    @Override
    public boolean matchByPrefix() {
      return true;
    }
  }
}
