package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;
import java.util.Optional;
import java.util.function.Function;

/**
 * What categorization asks before the model: does one of the user's merchant rules file this merchant?
 * Matching is case-insensitive on the normalized name. Among matching rules the lowest priority number
 * wins, then exact before prefix before contains, then the longest pattern, then the oldest rule.
 */
public interface MerchantRules {

  /** The category of the best matching rule, if any rule matches. */
  Optional<String> categoryFor(AccountId owner, String merchantName);

  /** The best matching rule itself, for callers that explain the decision (categorization). */
  Optional<RuleMatch> ruleFor(AccountId owner, String merchantName);

  /**
   * The user's rules loaded once, for callers that file many transactions in one go (statement import):
   * the function answers like {@link #categoryFor} without further database reads. Use it within the
   * transaction that obtained it.
   */
  Function<String, Optional<String>> matcherFor(AccountId owner);

  /**
   * Like {@link #matcherFor}, answering like {@link #ruleFor}: for the categorizer's batches, which decide
   * hundreds of merchants of one user with one read of their rules.
   */
  Function<String, Optional<RuleMatch>> ruleMatcherFor(AccountId owner);
}
