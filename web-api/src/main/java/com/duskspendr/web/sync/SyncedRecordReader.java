package com.duskspendr.web.sync;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import java.util.Collection;
import java.util.Map;

/**
 * Reads the current state of one kind of synced record, for the changes feed and for push conflicts.
 * Implemented once per {@link ChangeLog.Entity} as a CDI bean in the web layer (beside the entity's
 * resource, reusing its DTO assembler), found by the sync package through {@code @Any Instance}.
 */
public interface SyncedRecordReader {

  ChangeLog.Entity entity();

  /**
   * The owner's records with these ids (at most {@code SyncLimits.MAX_PAGE_SIZE} at once: read them with
   * one query), by id. An id the owner has no record for (deleted, or another user's) is simply absent.
   */
  Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids);
}
