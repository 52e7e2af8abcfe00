package com.duskspendr.ml.training.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one step of the {@code retrain-categorizer} job (META-INF/batch-jobs/retrain-categorizer.xml): runs a
 * retraining and ends with its outcome ({@code activated}, {@code kept}, {@code skipped}) as exit status; a
 * failure fails the job.
 */
@Named("retrainCategorizerBatchlet")
@Dependent
public class RetrainCategorizerBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "trigger")
  String trigger;

  @EJB RetrainingRun run;

  @Inject JobContext job;

  @Override
  public String process() {
    String outcome = run.run(trigger == null || trigger.isBlank() ? Retraining.ADMIN_TRIGGER : trigger).wireName();
    // A batchlet's return value is only its step's exit status; the job's would stay COMPLETED.
    job.setExitStatus(outcome);
    return outcome;
  }
}
