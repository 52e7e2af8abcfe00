package com.duskspendr.transactions.categories.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.boundary.MatchType;
import com.duskspendr.transactions.categories.entity.MerchantRule;
import com.duskspendr.transactions.categories.entity.MerchantRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the rule that files a merchant. A user has at most a few hundred rules, so they are matched in
 * memory after one indexed read.
 */
@ApplicationScoped
public class RuleMatcher {

  /** Which of several matching rules wins: see {@link com.duskspendr.transactions.categories.boundary.MerchantRules}. */
  public static final Comparator<MerchantRule> PRECEDENCE =
      Comparator.comparingInt(MerchantRule::priority)
          .thenComparingInt(r -> typeOf(r).ordinal())
          .thenComparing(Comparator.comparingInt((MerchantRule r) -> r.pattern().length()).reversed())
          .thenComparing(MerchantRule::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(MerchantRule::id);

  @Inject MerchantRuleRepository rules;

  public Optional<String> categoryFor(AccountId owner, String merchantName) {
    return matcherFor(owner).apply(merchantName);
  }

  public Optional<MerchantRule> ruleFor(AccountId owner, String merchantName) {
    return bestMatch(List.copyOf(rules.ownedBy(owner.value())), merchantName);
  }

  public Function<String, Optional<String>> matcherFor(AccountId owner) {
    return ruleMatcherFor(owner).andThen(rule -> rule.map(MerchantRule::categoryId));
  }

  /** The user's rules read once; the function answers like {@link #ruleFor} without further reads. */
  public Function<String, Optional<MerchantRule>> ruleMatcherFor(AccountId owner) {
    List<MerchantRule> loaded = List.copyOf(rules.ownedBy(owner.value()));
    return merchantName -> bestMatch(loaded, merchantName);
  }

  /** The winning rule among those matching the merchant name; empty for a blank name. */
  public static Optional<MerchantRule> bestMatch(List<MerchantRule> candidates, String merchantName) {
    String name = MerchantNames.normalize(merchantName);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return candidates.stream().filter(r -> typeOf(r).matches(name, r.pattern())).min(PRECEDENCE);
  }

  private static MatchType typeOf(MerchantRule rule) {
    return MatchType.fromWireName(rule.matchType()).orElseThrow();
  }
}
