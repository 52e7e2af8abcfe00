package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.control.CategorySync;
import com.duskspendr.transactions.categories.control.MerchantNames;
import com.duskspendr.transactions.categories.control.RuleInput;
import com.duskspendr.transactions.categories.control.RuleMatcher;
import com.duskspendr.transactions.categories.control.RuleInput.ValidRule;
import com.duskspendr.transactions.categories.entity.MerchantRule;
import com.duskspendr.transactions.categories.entity.MerchantRuleRepository;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Merchant-rule use cases; versions guard concurrent changes as for categories. */
@Stateless
public class DefaultRuleService implements RuleService {

  private static final String NOT_FOUND = "Rule";

  @Inject MerchantRuleRepository rules;
  @Inject CategoryCatalog catalog;
  @Inject CategorySync sync;
  @Inject RuleMatcher matcher;

  @Inject
  @ConfigProperty(name = "duskspendr.rules.max-per-user", defaultValue = "500")
  int maxPerUser;

  @Override
  public List<RuleView> list(AccountId owner) {
    return rules.ownedBy(owner.value()).stream()
        .sorted(RuleMatcher.PRECEDENCE)
        .map(DefaultRuleService::view)
        .toList();
  }

  @Override
  public RuleView get(AccountId owner, UUID id) {
    return view(existing(owner, id));
  }

  @Override
  public List<RuleView> getAll(AccountId owner, Collection<UUID> ids) {
    return rules.ownedBy(owner.value(), Set.copyOf(ids)).stream().map(DefaultRuleService::view).toList();
  }

  @Override
  public RuleView create(AccountId owner, NewRule request) {
    return create(owner, UUID.randomUUID(), request);
  }

  @Override
  public RuleView create(AccountId owner, UUID id, NewRule request) {
    ValidRule valid = RuleInput.forCreate(request, categoryId -> catalog.exists(owner, categoryId));
    UUID user = owner.value();
    Optional<MerchantRule> same = rules.findOwn(user, id);
    if (same.isPresent()) {
      throw new ConflictException("You already have a rule with this id", view(same.get()));
    }
    if (rules.exists(id)) {
      throw new ConflictException("This id is taken; choose another", null);
    }
    if (rules.countOwnedBy(user) >= maxPerUser) {
      throw new ConflictException("At most " + maxPerUser + " merchant rules per user; delete one first", null);
    }
    requireNoTwin(user, valid, null);
    var rule = new MerchantRule(
        id, user, valid.pattern(), valid.matchType().wireName(), valid.categoryId(), valid.priority());
    rules.add(rule);
    rules.flush();
    sync.upserted(owner, ChangeLog.Entity.RULE, rule.id().toString(), rule.version());
    return view(rule);
  }

  @Override
  public RuleView update(AccountId owner, UUID id, RulePatch patch) {
    MerchantRule rule = existing(owner, id);
    requireVersion(patch.expectedVersion(), rule);
    ValidRule valid = RuleInput.forUpdate(patch, validOf(rule), categoryId -> catalog.exists(owner, categoryId));
    if (valid.equals(validOf(rule))) {
      return view(rule);
    }
    requireNoTwin(owner.value(), valid, rule.id());
    rule.change(valid.pattern(), valid.matchType().wireName(), valid.categoryId(), valid.priority());
    rules.flush();
    sync.upserted(owner, ChangeLog.Entity.RULE, rule.id().toString(), rule.version());
    return view(rule);
  }

  @Override
  public void delete(AccountId owner, UUID id, Long expectedVersion) {
    MerchantRule rule = existing(owner, id);
    requireVersion(expectedVersion, rule);
    rules.remove(rule);
    sync.deleted(owner, ChangeLog.Entity.RULE, rule.id().toString(), rule.version());
  }

  /** Two rules with the same type and pattern could only disagree; the database forbids it too. */
  private void requireNoTwin(UUID user, ValidRule valid, UUID self) {
    Optional<MerchantRule> twin = rules.findSame(user, valid.matchType().wireName(), valid.pattern());
    if (twin.isPresent() && !twin.get().id().equals(self)) {
      throw new ConflictException("A rule with this match type and pattern exists already", view(twin.get()));
    }
  }

  private MerchantRule existing(AccountId owner, UUID id) {
    return rules.findOwn(owner.value(), id).orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
  }

  private static void requireVersion(Long expected, MerchantRule rule) {
    if (expected != null && expected != rule.version()) {
      throw new ConflictException(
          "The rule was changed since version " + expected + "; it is now at version " + rule.version(), view(rule));
    }
  }

  private static ValidRule validOf(MerchantRule rule) {
    return new ValidRule(
        rule.pattern(), MatchType.fromWireName(rule.matchType()).orElseThrow(), rule.categoryId(), rule.priority());
  }

  static RuleView view(MerchantRule rule) {
    return new RuleView(
        rule.id(),
        rule.pattern(),
        MatchType.fromWireName(rule.matchType()).orElseThrow(),
        rule.categoryId(),
        rule.priority(),
        rule.version(),
        rule.createdAt(),
        rule.updatedAt());
  }

  @Override
  public Optional<NewRule> suggestFor(AccountId owner, String merchantName, String categoryId) {
    String pattern = MerchantNames.normalize(merchantName);
    if (pattern.isEmpty() || pattern.length() > RuleInput.PATTERN_MAX) {
      return Optional.empty();
    }
    if (matcher.categoryFor(owner, merchantName).filter(categoryId::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new NewRule(pattern, MatchType.EXACT.wireName(), categoryId, null));
  }
}
