package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.auth.boundary.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** A user's merchant rules ("merchant matches X → category Y"). */
public interface RuleService {

  /** All of the user's rules in the order they are tried; bounded by the per-user limit (default 500). */
  List<RuleView> list(@NotNull AccountId owner);

  /** @throws com.duskspendr.transactions.errors.RecordNotFoundException unknown or another user's */
  RuleView get(@NotNull AccountId owner, @NotNull UUID id);

  /**
   * @throws com.duskspendr.transactions.errors.InvalidInputException with a detail per invalid field
   * @throws com.duskspendr.transactions.errors.ConflictException the limit is reached, or a rule with the
   *     same match type and pattern exists (carried as the current record)
   */
  RuleView create(@NotNull AccountId owner, @NotNull NewRule rule);

  RuleView update(@NotNull AccountId owner, @NotNull UUID id, @NotNull RulePatch patch);

  void delete(@NotNull AccountId owner, @NotNull UUID id, Long expectedVersion);
}
