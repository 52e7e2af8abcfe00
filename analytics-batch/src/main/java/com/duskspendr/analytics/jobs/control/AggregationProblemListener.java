package com.duskspendr.analytics.jobs.control;

import jakarta.batch.api.chunk.listener.RetryProcessListener;
import jakarta.batch.api.chunk.listener.RetryWriteListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Says which user was skipped and why, and when a chunk is retried: the step metrics only count them. */
@Named("aggregationProblemListener")
@Dependent
public class AggregationProblemListener implements SkipProcessListener, RetryProcessListener, RetryWriteListener {

  private static final Logger LOG = Logger.getLogger(AggregationProblemListener.class.getName());

  @Override
  public void onSkipProcessItem(Object item, Exception failure) {
    LOG.log(Level.WARNING, "Analytics skipped user " + item + "; they stay marked for the next run", failure);
  }

  @Override
  public void onRetryProcessException(Object item, Exception failure) {
    LOG.log(Level.INFO, "Analytics retries user " + item + " after a transient failure: " + failure);
  }

  @Override
  public void onRetryWriteException(List<Object> items, Exception failure) {
    LOG.log(Level.INFO, "Analytics retries a chunk of " + items.size() + " users after a transient failure: " + failure);
  }
}
