package com.duskspendr.ml.training.boundary;

import com.duskspendr.ml.classifier.control.CategorizerTrainer;
import com.duskspendr.ml.classifier.control.LabelledText;
import com.duskspendr.ml.classifier.control.ModelEvaluator;
import com.duskspendr.ml.classifier.control.SeedTrainingSet;
import com.duskspendr.ml.classifier.control.TransactionClassifier;
import com.duskspendr.ml.models.boundary.ModelRegistry;
import com.duskspendr.ml.models.boundary.ModelStore;
import com.duskspendr.ml.models.control.ActivationRule;
import com.duskspendr.ml.models.entity.ModelMetrics;
import com.duskspendr.ml.models.entity.ModelSummary;
import com.duskspendr.ml.training.control.RetrainOutcome;
import com.duskspendr.ml.training.control.TrainingSet;
import com.duskspendr.transactions.ledger.boundary.CorrectionHistory;
import com.duskspendr.transactions.ledger.boundary.CorrectionHistory.SharedCorrection;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import com.duskspendr.platform.persistence.ClusterLock;
import com.duskspendr.platform.persistence.Database;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One retraining: seed set plus k-anonymous corrections, train, evaluate on the held-out seed split, store,
 * and activate only when not worse than the active model. Runs outside any transaction (training takes a
 * while); each database write commits on its own.
 *
 * <p>Only one instance retrains at a time: the run holds the kernel's {@link ClusterLock} for its whole
 * duration (released when the run ends, or when the instance dies and its connection with it). An instance that does not get the lock skips. A nightly run also skips when another
 * instance completed the nightly run within the last 12 hours (their timers fire at the same hour).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetrainingRun {

  private static final Logger LOG = Logger.getLogger(RetrainingRun.class.getName());
  private static final String RETRAIN_LOCK = "ml.retraining";
  private static final Duration NIGHTLY_WINDOW = Duration.ofHours(12);
  private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  @Inject
  @ConfigProperty(name = "duskspendr.ml.retrain.min-users", defaultValue = "3")
  int minUsers;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CorrectionHistory corrections;
  @EJB ModelStore models;
  @EJB ModelRegistry registry;
  @EJB RetrainLog log;

  public RetrainOutcome run(String trigger) {
    Optional<ClusterLock.Held> lock = ClusterLock.tryAcquire(dataSource, RETRAIN_LOCK);
    if (lock.isEmpty()) {
      LOG.info("Retraining skipped: another instance is retraining");
      return RetrainOutcome.SKIPPED;
    }
    try (ClusterLock.Held held = lock.get()) {
      if (NightlyRetraining.TRIGGER.equals(trigger) && log.completedWithin(trigger, NIGHTLY_WINDOW)) {
        LOG.info("Nightly retraining skipped: another instance ran it already");
        return RetrainOutcome.SKIPPED;
      }
      return retrain(trigger);
    }
  }

  private RetrainOutcome retrain(String trigger) {
    long runId = log.started(trigger);
    Integer seedSize = null;
    Integer sharedSize = null;
    try {
      List<LabelledText> seed = SeedTrainingSet.training();
      List<SharedCorrection> shared = corrections.sharedByAtLeast(minUsers);
      seedSize = seed.size();
      sharedSize = shared.size();
      List<LabelledText> examples = TrainingSet.of(seed, shared);
      byte[] bytes = new CategorizerTrainer().train(examples);
      ModelMetrics metrics = ModelMetrics.of(
          new ModelEvaluator().evaluate(TransactionClassifier.load(bytes), SeedTrainingSet.heldOut()));
      ModelSummary saved = models.save(version(), bytes, examples.size(), metrics);
      ModelMetrics activeMetrics = models.active().map(ModelSummary::metrics).orElse(null);
      RetrainOutcome outcome;
      if (ActivationRule.activates(metrics, activeMetrics)) {
        models.activate(saved.id());
        registry.refresh();
        outcome = RetrainOutcome.ACTIVATED;
      } else {
        outcome = RetrainOutcome.KEPT;
      }
      String message = "primary accuracy " + metrics.primaryAccuracy()
          + (activeMetrics == null ? "" : " (active: " + activeMetrics.primaryAccuracy() + ")");
      log.finished(runId, outcome, saved.id(), seedSize, sharedSize, message);
      LOG.info(() -> "Retraining " + outcome.wireName() + " model " + saved.version() + ": " + message);
      return outcome;
    } catch (RuntimeException failure) {
      log.finished(runId, RetrainOutcome.FAILED, null, seedSize, sharedSize, String.valueOf(failure));
      throw failure;
    }
  }

  private static String version() {
    return "retrain-" + VERSION_TIME.format(OffsetDateTime.now(ZoneOffset.UTC));
  }
}
