package com.duskspendr.transactions.categories.control;

import com.duskspendr.transactions.categories.entity.CategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The system taxonomy, read once per server instance: only a migration changes it, and a migration comes
 * with a restart. Every "is this a category?" check of the ledger is answered from memory.
 */
@ApplicationScoped
public class SystemTaxonomy {

  @Inject CategoryRepository categories;

  // Loading twice on a race is harmless: both loads read the same rows.
  private volatile Taxonomy loaded;

  public Taxonomy current() {
    Taxonomy taxonomy = loaded;
    if (taxonomy == null) {
      taxonomy = new Taxonomy(categories.systemCategories());
      loaded = taxonomy;
    }
    return taxonomy;
  }
}
