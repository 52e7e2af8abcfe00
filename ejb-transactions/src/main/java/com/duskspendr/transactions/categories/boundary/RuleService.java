package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.SyncLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user's merchant rules ("merchant matches X → category Y"). */
public interface RuleService {

  /** All of the user's rules in the order they are tried; bounded by the per-user limit (default 500). */
  List<RuleView> list(@NotNull AccountId owner);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException unknown or another user's */
  RuleView get(@NotNull AccountId owner, @NotNull UUID id);

  /**
   * The user's rules with these ids, each as {@link #get} answers it, in one query; unknown ids and other
   * users' are absent; the order is unspecified.
   */
  List<RuleView> getAll(@NotNull AccountId owner, @NotNull @Size(max = SyncLimits.MAX_PAGE_SIZE) Collection<UUID> ids);

  /**
   * @throws com.duskspendr.platform.failure.InvalidInputException with a detail per invalid field
   * @throws com.duskspendr.platform.failure.ConflictException the limit is reached, or a rule with the
   *     same match type and pattern exists (carried as the current record)
   */
  RuleView create(@NotNull AccountId owner, @NotNull NewRule rule);

  /**
   * Creates the rule under an id the client chose (an offline device), otherwise as {@link #create(AccountId,
   * NewRule)}.
   *
   * @throws com.duskspendr.platform.failure.ConflictException also when the id is taken: by one of the
   *     user's rules (carried as the current record, so that a replayed create can be recognized), or by
   *     another user's (no current record: nothing of it is revealed)
   */
  RuleView create(@NotNull AccountId owner, @NotNull UUID id, @NotNull NewRule rule);

  RuleView update(@NotNull AccountId owner, @NotNull UUID id, @NotNull RulePatch patch);

  void delete(@NotNull AccountId owner, @NotNull UUID id, Long expectedVersion);

  /**
   * The rule a correction could become: "merchant is exactly this merchant → this category", ready to be
   * created as it is. Empty when there is nothing to offer: no merchant name, one too long for a pattern,
   * or the user's rules already file this merchant under this category.
   */
  Optional<NewRule> suggestFor(@NotNull AccountId owner, String merchantName, @NotNull String categoryId);
}
