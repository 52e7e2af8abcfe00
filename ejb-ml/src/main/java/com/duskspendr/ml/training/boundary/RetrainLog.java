package com.duskspendr.ml.training.boundary;

import com.duskspendr.ml.training.control.RetrainOutcome;
import com.duskspendr.ml.training.entity.RetrainRun;
import com.duskspendr.ml.training.entity.RetrainRunRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The record of retraining runs, each write committed at once (a run takes minutes; its record must not wait). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetrainLog {

  @Inject RetrainRunRepository runs;

  public long started(String trigger) {
    return runs.add(new RetrainRun(trigger, now())).id();
  }

  public void finished(
      long runId, RetrainOutcome outcome, Long modelVersionId, Integer seedExamples, Integer sharedCorrections,
      String message) {
    runs.find(runId).finish(outcome.wireName(), modelVersionId, seedExamples, sharedCorrections, message, now());
  }

  /** Whether a run with this trigger completed within the window (the nightly run of another instance). */
  public boolean completedWithin(String trigger, Duration window) {
    return runs.completedSince(trigger, now().minus(window));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
