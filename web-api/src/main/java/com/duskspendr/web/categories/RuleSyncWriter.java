package com.duskspendr.web.categories;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.boundary.RuleService;
import com.duskspendr.transactions.categories.boundary.RuleView;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.web.sync.PushedData;
import com.duskspendr.web.sync.SyncedIds;
import com.duskspendr.web.sync.SyncedRecordWriter;
import com.duskspendr.web.sync.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Pushed merchant-rule changes, applied through {@link RuleService} as the REST endpoints apply them: an
 * upsert without a base version is {@code POST /rules} under the change's id (a lower-case UUID the client
 * chose; data as the POST body takes it), one with a base version is {@code PATCH /rules/{id}} with that
 * version expected, a delete is {@code DELETE} with it.
 *
 * <p>A rule whose match type and pattern another rule of the user already has is {@code rejected} on
 * {@code pattern} (naming that rule), not a conflict: the pushed rule's own version is not what is wrong.
 */
@ApplicationScoped
public class RuleSyncWriter implements SyncedRecordWriter {

  @Inject RuleService rules;

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.RULE;
  }

  @Override
  public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
    if (baseVersion == null) {
      Optional<UUID> ruleId = SyncedIds.canonicalUuid(id);
      if (ruleId.isEmpty()) {
        return WriteOutcome.InvalidChange.of("id", "must be a UUID in lower case");
      }
      CreateRuleRequest request = PushedData.read(data, CreateRuleRequest.class);
      return applied(ruleId.get(), () -> rules.create(owner, ruleId.get(), request.toNewRule()));
    }
    Optional<UUID> ruleId = SyncedIds.uuid(id);
    if (ruleId.isEmpty()) {
      return new WriteOutcome.Missing();
    }
    PatchRuleRequest patch = PushedData.read(data, PatchRuleRequest.class);
    PushedData.requireSameVersion(patch.version(), baseVersion);
    return applied(ruleId.get(), () -> rules.update(owner, ruleId.get(), patch.toPatch(baseVersion)));
  }

  @Override
  public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
    Optional<UUID> ruleId = SyncedIds.uuid(id);
    if (ruleId.isEmpty()) {
      return new WriteOutcome.Missing();
    }
    rules.delete(owner, ruleId.get(), baseVersion);
    // The tombstone's version, as the rule service logs it: the deleted version plus one.
    return new WriteOutcome.Applied(baseVersion + 1);
  }

  private static WriteOutcome applied(UUID id, Supplier<RuleView> write) {
    try {
      return new WriteOutcome.Applied(write.get().version());
    } catch (ConflictException conflict) {
      if (conflict.current() instanceof RuleView twin && !twin.id().equals(id)) {
        throw InvalidInputException.of("pattern", "rule " + twin.id() + " has this match type and pattern already");
      }
      throw conflict;
    }
  }
}
