package com.duskspendr.transactions.sync.boundary;

import com.duskspendr.auth.boundary.AccountPresence;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.entity.SyncChangeRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;

/**
 * The changes feed's writer: every logged write takes the user's next sequence number and makes it the
 * record's latest change, in the writer's own transaction (MANDATORY: a change logged outside a
 * transaction could be committed without the record, or the record without it).
 *
 * <h2>Why the feed cannot skip a change</h2>
 *
 * A cursor is "the highest sequence number I have seen", so the feed is correct only if a reader can never
 * see sequence number n+1 committed while n is still to come. A database sequence does not give that: two
 * writers draw 5 and 6, the one holding 6 commits first, a reader pages past 6, and 5 commits behind the
 * cursor, lost forever. Here the number comes from {@code INSERT ... ON CONFLICT DO UPDATE SET last_seq =
 * last_seq + 1 RETURNING last_seq} on the user's {@code sync_state} row; the row lock that update takes is
 * held until the writer's transaction commits or rolls back. A second writer for the same user waits on
 * that lock, and then reads the committed value (PostgreSQL re-checks the updated row under READ
 * COMMITTED), or the unchanged one after a rollback, so numbers are never reused and a user's changes
 * commit in sequence order: every committed snapshot holds a gap-free prefix of the sequence. A rolled
 * back writer's number is handed out again, which is harmless because nothing with it was committed.
 *
 * <p>{@code sync_change} keeps one row per record, moved to the new number at each change. A reader that
 * has not yet seen the record's old number sees the row at the new one, which is above its cursor; one
 * that has sees it again: either way it ends with the record's latest state.
 *
 * <p>The cost: one user's writes are serialized from their change-log call to their commit. That is fine
 * for one person's phone and web session; writes of different users never wait for each other. Writers
 * should call the change log once the record is written (after the flush that assigns its version) and
 * commit promptly: a writer that then blocks holds up the user's other writes. Two multi-record
 * transactions of one user that lock records in different orders can deadlock; PostgreSQL aborts one and
 * its client retries.
 *
 * <h2>Only for an owner that exists</h2>
 *
 * Every write of this context reaches the change log, so this is where the context refuses an owner whose
 * account is gone ({@link AccountPresence}): the row lock it takes makes a concurrent account deletion wait for
 * this writer's commit and then erase what it wrote, instead of leaving rows behind for nobody.
 *
 * <h2>Tombstones</h2>
 *
 * Deleted records keep their row, marked deleted, so that a device that was offline learns of the
 * deletion. They are never pruned today. If they were pruned after N days, the feed would have to remember
 * the highest pruned sequence number per user and answer a client whose cursor is below it with 410 Gone,
 * telling it to drop its copy and resync from an empty cursor.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultChangeLog implements ChangeLog {

  @Inject SyncChangeRepository changes;
  @Inject AccountPresence owners;

  @Override
  public void upserted(AccountId owner, Entity entity, String id, long version) {
    log(owner, entity, id, version, false);
  }

  @Override
  public void deleted(AccountId owner, Entity entity, String id, long version) {
    log(owner, entity, id, version, true);
  }

  @Override
  public void upsertedAll(AccountId owner, Entity entity, Map<String, Long> versionsById) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(entity, "entity");
    if (versionsById.isEmpty()) {
      return;
    }
    versionsById.keySet().forEach(DefaultChangeLog::checkId);
    owners.requirePresent(owner);
    // One counter update for the whole range: the same lock, held the same way, as one change takes.
    long last = changes.reserveSeqs(owner.value(), versionsById.size());
    changes.recordChanges(owner.value(), entity.feedName(), versionsById, last - versionsById.size() + 1);
  }

  private static void checkId(String id) {
    if (id == null || id.isEmpty() || id.length() > SyncLimits.MAX_ID_LENGTH) {
      throw new IllegalArgumentException("A synced record id has 1 to " + SyncLimits.MAX_ID_LENGTH + " characters");
    }
  }

  private void log(AccountId owner, Entity entity, String id, long version, boolean deleted) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(entity, "entity");
    checkId(id);
    owners.requirePresent(owner);
    long seq = changes.nextSeq(owner.value());
    changes.recordChange(owner.value(), entity.feedName(), id, seq, version, deleted);
  }
}
