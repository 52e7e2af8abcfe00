package com.duskspendr.analytics.spending.boundary;

import com.duskspendr.analytics.spending.control.LedgerChangeReader;
import com.duskspendr.analytics.spending.control.PendingChanges;
import com.duskspendr.analytics.spending.entity.AggregateStore;
import com.duskspendr.platform.identity.AccountId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * Brings one user's aggregates up to date with their ledger: what the batch jobs do per user. Applying holds
 * the user's state row, so two runs (two instances, or a job and a restart of it) never count the same change
 * twice: changes read against an older watermark are read again under the lock.
 */
@Stateless
public class UserAggregation {

  @Inject LedgerChangeReader changes;
  @Inject AggregateStore store;

  /** What changed since the user's watermark (everything, for a rebuild). Reads only. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public PendingChanges pending(@NotNull AccountId owner, boolean rebuild) {
    long watermark = store.watermarkForRead(owner.value()).orElse(0);
    return changes.since(owner, watermark, rebuild);
  }

  /**
   * Reads and applies the user's pending changes in a transaction of its own: a read that finds a user far
   * behind catches up first instead of adding thousands of changes in memory on every request.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void catchUp(@NotNull AccountId owner) {
    long watermark = store.watermarkForWrite(owner.value());
    store.apply(changes.since(owner, watermark, false));
  }

  /** Applies changes read by {@link #pending} in the caller's transaction; returns the changes applied. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public PendingChanges apply(@NotNull PendingChanges read) {
    AccountId owner = new AccountId(read.userId());
    long watermark = store.watermarkForWrite(read.userId());
    PendingChanges current = read;
    if (!read.reset() && read.fromSeq() != watermark) {
      current = changes.since(owner, watermark, false);
    }
    if (current.reset() || current.throughSeq() != watermark || !current.isEmpty()) {
      store.apply(current);
    }
    return current;
  }
}
