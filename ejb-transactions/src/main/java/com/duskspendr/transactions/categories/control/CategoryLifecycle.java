package com.duskspendr.transactions.categories.control;

import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.transactions.categories.entity.CategoryRepository;
import com.duskspendr.transactions.categories.entity.MerchantRuleRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Erases a deleted account's rules, category preferences and own categories, in the deleting transaction
 * (MANDATORY, as in the users context: a failure here rolls the account deletion back). Nothing is reported
 * to the change log: the account and its devices are gone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CategoryLifecycle {

  @Inject CategoryRepository categories;
  @Inject MerchantRuleRepository rules;

  public void onAccountDeleted(@Observes AccountDeleted event) {
    var owner = event.accountId().value();
    rules.deleteAllOf(owner);
    categories.deleteAllOf(owner);
  }
}
