package com.duskspendr.analytics.jobs.control;

import com.duskspendr.analytics.spending.entity.DirtyUsers;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.FeedOwners;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Reads users in id order: those marked changed ({@code scope=changed}), every owner of a ledger
 * ({@code scope=all}), or the one {@code userId}. The checkpoint is the last user handed out; a restart
 * continues after it. Pages of {@value #PAGE} users, so a million users never sit in memory.
 */
@Named("userItemReader")
@Dependent
public class UserItemReader extends AbstractItemReader {

  static final int PAGE = 200;

  @Inject @BatchProperty String scope;
  @Inject @BatchProperty String userId;
  @Inject JobContext job;
  @Inject DirtyUsers dirty;
  @Inject FeedOwners owners;

  private final Deque<UUID> buffer = new ArrayDeque<>();
  private UUID last;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    last = checkpoint == null ? null : UUID.fromString(checkpoint.toString());
    if (AnalyticsJobListener.lockedOut(job)) {
      exhausted = true;
    }
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty() && !exhausted) {
      fill();
    }
    UUID next = buffer.poll();
    if (next != null) {
      last = next;
    }
    return next;
  }

  private void fill() {
    if (userId != null && !userId.isBlank()) {
      exhausted = true;
      if (last == null) {
        buffer.add(UUID.fromString(userId.strip()));
      }
      return;
    }
    if ("changed".equals(scope)) {
      buffer.addAll(dirty.after(last, PAGE));
    } else {
      owners.ownersAfter(last == null ? null : new AccountId(last), PAGE)
          .forEach(owner -> buffer.add(owner.value()));
    }
    exhausted = buffer.size() < PAGE;
  }

  @Override
  public Serializable checkpointInfo() {
    return last == null ? null : last.toString();
  }
}
