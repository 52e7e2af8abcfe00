package com.duskspendr.analytics.jobs.control;

import com.duskspendr.analytics.spending.boundary.UserAggregation;
import com.duskspendr.analytics.spending.entity.DirtyUsers;
import com.duskspendr.platform.identity.AccountId;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.UUID;

/** A user id in, what changed in their ledger since the aggregates' watermark out (everything, to rebuild). */
@Named("pendingChangesItemProcessor")
@Dependent
public class PendingChangesItemProcessor implements ItemProcessor {

  @Inject @BatchProperty String rebuild;
  @EJB UserAggregation aggregation;
  @Inject DirtyUsers dirty;

  @Override
  public Object processItem(Object item) {
    UUID user = (UUID) item;
    Instant visitedAt = dirty.now();
    try {
      return new UserWork(aggregation.pending(new AccountId(user), Boolean.parseBoolean(rebuild)), visitedAt);
    } catch (RuntimeException unreadable) {
      if (TransientAggregationException.isTransient(unreadable)) {
        throw new TransientAggregationException(unreadable);
      }
      throw new UnreadableUserException("Could not read the changes of user " + user, unreadable);
    }
  }
}
