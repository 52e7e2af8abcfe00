package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.control.CategorySlugs;
import com.duskspendr.transactions.categories.control.SystemTaxonomy;
import com.duskspendr.transactions.categories.control.Taxonomy;
import com.duskspendr.transactions.categories.entity.Category;
import com.duskspendr.transactions.categories.entity.CategoryRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Answers system ids from the cached taxonomy and own ids by primary key, so the ledger's checks cost at
 * most one indexed read. Hidden categories still exist: hiding only declutters pickers.
 */
@Stateless
public class DefaultCategoryCatalog implements CategoryCatalog {

  @Inject SystemTaxonomy systemTaxonomy;
  @Inject CategoryRepository categories;

  @Override
  public boolean exists(AccountId owner, String categoryId) {
    if (!CategorySlugs.isWellFormed(categoryId)) {
      return false;
    }
    return systemTaxonomy.current().contains(categoryId) || categories.findOwn(owner.value(), categoryId).isPresent();
  }

  /** Empty when the user has no such category. */
  @Override
  public Set<String> withDescendants(AccountId owner, String categoryId) {
    if (!exists(owner, categoryId)) {
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    ids.add(categoryId);
    Taxonomy taxonomy = systemTaxonomy.current();
    if (taxonomy.isPrimary(categoryId)) {
      taxonomy.childrenOf(categoryId).forEach(c -> ids.add(c.id()));
      categories.ownedBy(owner.value(), categoryId).stream().map(Category::id).forEach(ids::add);
    }
    return Set.copyOf(ids);
  }
}
