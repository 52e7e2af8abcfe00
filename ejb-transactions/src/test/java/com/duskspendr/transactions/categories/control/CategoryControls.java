package com.duskspendr.transactions.categories.control;

import com.duskspendr.transactions.categories.entity.CategoryRepository;
import com.duskspendr.transactions.categories.entity.MerchantRuleRepository;

/** Control beans wired by hand, for tests in other packages. */
public final class CategoryControls {

  private CategoryControls() {}

  public static RuleMatcher ruleMatcher(MerchantRuleRepository rules) {
    var matcher = new RuleMatcher();
    matcher.rules = rules;
    return matcher;
  }

  public static CategoryLifecycle lifecycle(CategoryRepository categories, MerchantRuleRepository rules) {
    var lifecycle = new CategoryLifecycle();
    lifecycle.categories = categories;
    lifecycle.rules = rules;
    return lifecycle;
  }
}
