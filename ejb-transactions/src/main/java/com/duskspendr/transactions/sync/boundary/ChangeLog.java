package com.duskspendr.transactions.sync.boundary;

import com.duskspendr.platform.identity.AccountId;
import java.util.Map;

/**
 * Every write to a synced record reports here, inside its own JTA transaction (MANDATORY), so that the
 * changes feed can tell a device what changed since its cursor. Only the reference is logged; the feed
 * reads the record's current state when it answers. Implementations serialize one user's writes so that
 * the feed's order is the commit order and no change can be skipped.
 */
public interface ChangeLog {

  /** The synced kinds of record, named as in the feed ({@code transaction}, {@code budget}, ...). */
  enum Entity {
    TRANSACTION,
    BUDGET,
    CATEGORY,
    RULE,
    /** Shared-expense records: logged in the feed of every active member of their group. */
    GROUP,
    GROUP_EXPENSE,
    SETTLEMENT;

    public String feedName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The record was created or changed and now has this version. */
  void upserted(AccountId owner, Entity entity, String id, long version);

  /**
   * Many records were created or changed in one transaction (a statement import): ids to their new
   * versions, logged in the map's order with consecutive sequence numbers taken at once.
   */
  void upsertedAll(AccountId owner, Entity entity, Map<String, Long> versionsById);

  /** The record was deleted (the feed reports a tombstone); version is its last version plus one. */
  void deleted(AccountId owner, Entity entity, String id, long version);
}
