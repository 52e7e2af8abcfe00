package com.duskspendr.analytics.jobs.control;

import com.duskspendr.analytics.spending.boundary.UserAggregation;
import com.duskspendr.analytics.spending.entity.DirtyUsers;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Applies each user's changes in the chunk's transaction and unmarks the user, so the aggregates, the
 * watermark, the unmarking and the reader's checkpoint commit together.
 */
@Named("aggregatesItemWriter")
@Dependent
public class AggregatesItemWriter extends AbstractItemWriter {

  @Inject @BatchProperty String pauseMillis;
  @EJB UserAggregation aggregation;
  @Inject DirtyUsers dirty;

  @Override
  public void writeItems(List<Object> items) {
    try {
      for (Object item : items) {
        UserWork work = (UserWork) item;
        aggregation.apply(work.changes());
        dirty.visited(work.changes().userId(), work.visitedAt());
      }
      pause();
    } catch (RuntimeException failure) {
      if (TransientAggregationException.isTransient(failure)) {
        throw new TransientAggregationException(failure);
      }
      throw failure;
    }
  }

  /** The throttle: sleeping here holds the chunk's transaction (a few rows), never a user's lock for long. */
  private void pause() {
    long millis = pauseMillis == null || pauseMillis.isBlank() ? 0 : Long.parseLong(pauseMillis.strip());
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
