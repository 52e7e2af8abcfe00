package com.duskspendr.web.categories;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.boundary.CategoryService;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.web.sync.PushedData;
import com.duskspendr.web.sync.SyncedRecordWriter;
import com.duskspendr.web.sync.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * Pushed category changes, applied through {@link CategoryService} as the REST endpoints apply them.
 *
 * <ul>
 *   <li>Update (a base version): {@code PATCH /categories/{id}} with that version expected, data as its body
 *       takes it. System categories too: name and hidden, for the caller only, at the version of the
 *       caller's preference (0 before the first change).
 *   <li>Delete: {@code DELETE /categories/{id}} with the base version; a system category, or one a budget
 *       still uses, is a conflict (hide it instead, or delete the budget first).
 *   <li>Create (no base version) is not supported: the server makes a category's id from its parent and
 *       name, so a client cannot choose it. Such a change is {@code rejected} on {@code id}; create the
 *       category with {@code POST /categories} and take it from the feed. A create of an id the caller already
 *       has (any system category, or one of their own) is a conflict with the current category instead, as
 *       for every entity.
 * </ul>
 */
@ApplicationScoped
public class CategorySyncWriter implements SyncedRecordWriter {

  static final String CLIENT_IDS_UNSUPPORTED =
      "client-chosen ids are not supported for categories: create it with POST /api/v1/categories";

  @Inject CategoryService categories;

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.CATEGORY;
  }

  @Override
  public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
    if (baseVersion == null) {
      return exists(owner, id) ? new WriteOutcome.Conflict() : WriteOutcome.InvalidChange.of("id", CLIENT_IDS_UNSUPPORTED);
    }
    PatchCategoryRequest patch = PushedData.read(data, PatchCategoryRequest.class);
    PushedData.requireSameVersion(patch.version(), baseVersion);
    return new WriteOutcome.Applied(categories.update(owner, id, patch.toPatch(baseVersion)).version());
  }

  @Override
  public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
    categories.delete(owner, id, baseVersion);
    // The tombstone's version, as the categories service logs it: the deleted version plus one.
    return new WriteOutcome.Applied(baseVersion + 1);
  }

  private boolean exists(AccountId owner, String id) {
    try {
      categories.get(owner, id);
      return true;
    } catch (RecordNotFoundException unknown) {
      return false;
    }
  }
}
