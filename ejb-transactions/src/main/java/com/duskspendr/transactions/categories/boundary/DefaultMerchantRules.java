package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.control.RuleMatcher;
import com.duskspendr.transactions.categories.entity.MerchantRule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;

/** The merchant-rule lookup other components call; the matching itself is {@link RuleMatcher}'s. */
@Stateless
public class DefaultMerchantRules implements MerchantRules {

  @Inject RuleMatcher matcher;

  @Override
  public Optional<String> categoryFor(AccountId owner, String merchantName) {
    return matcher.categoryFor(owner, merchantName);
  }

  @Override
  public Optional<RuleMatch> ruleFor(AccountId owner, String merchantName) {
    return matcher.ruleFor(owner, merchantName).map(DefaultMerchantRules::match);
  }

  @Override
  public Function<String, Optional<RuleMatch>> ruleMatcherFor(AccountId owner) {
    Function<String, Optional<MerchantRule>> rules = matcher.ruleMatcherFor(owner);
    return merchantName -> rules.apply(merchantName).map(DefaultMerchantRules::match);
  }

  private static RuleMatch match(MerchantRule r) {
    return new RuleMatch(r.id(), MatchType.fromWireName(r.matchType()).orElseThrow(), r.pattern(), r.categoryId());
  }

  @Override
  public Function<String, Optional<String>> matcherFor(AccountId owner) {
    return matcher.matcherFor(owner);
  }
}
