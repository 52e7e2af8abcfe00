package com.duskspendr.web.sync;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.json.JsonObject;

/**
 * Applies pushed changes to one kind of synced record, through that component's own service (so its
 * validation, events and change-log entries are the same as for the REST endpoints). One CDI bean per
 * {@link ChangeLog.Entity}, in the web layer beside the entity's resource.
 *
 * <p>The push calls writers without a transaction, so each call is one transaction of the component's
 * service: one bad change never rolls back another. Instead of returning an outcome, a writer may let the
 * service's exceptions through: {@code InvalidInputException} counts as {@link WriteOutcome.Rejected},
 * {@code RecordNotFoundException} as {@link WriteOutcome.Missing}, {@code ConflictException} and
 * {@code OptimisticLockException} as {@link WriteOutcome.Conflict}.
 */
public interface SyncedRecordWriter {

  ChangeLog.Entity entity();

  /**
   * Creates the record with this id when {@code baseVersion} is null ({@link WriteOutcome.Conflict} if the
   * owner already has it); otherwise updates it only if its version is still {@code baseVersion}.
   *
   * @param data the record's fields, as its create/PATCH request body takes them; read it with the API's
   *     strict JSON binding ({@code ApiJson.jsonb()}), unknown fields are invalid
   */
  WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data);

  /** Deletes the record only if its version is still {@code baseVersion}. */
  WriteOutcome delete(AccountId owner, String id, long baseVersion);
}
