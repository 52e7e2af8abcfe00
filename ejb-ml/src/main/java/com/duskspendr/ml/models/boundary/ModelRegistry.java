package com.duskspendr.ml.models.boundary;

import com.duskspendr.ml.classifier.control.BootstrapModel;
import com.duskspendr.ml.classifier.control.SeedTrainingSet;
import com.duskspendr.ml.models.control.ActiveModelHolder;
import com.duskspendr.ml.models.control.ClassifierModel;
import com.duskspendr.ml.models.control.LoadedModel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this instance on the active model. At start (and until it succeeds) it stores the bootstrap model
 * as {@code seed-<data set version>} if the database has no model yet, then loads the active version; every
 * {@code duskspendr.ml.model.poll-interval} (PT30S) it reads the active version's id and loads it when another
 * instance activated a newer one; {@link #refresh()} does the same at once (after this instance's own
 * activation). Callers read the model without locking (see {@link ActiveModelHolder}).
 *
 * <p>The first poll runs a few seconds after deployment rather than in {@code @PostConstruct}: the schema is migrated
 * by the web module's start-up bean, which this module cannot depend on by name in every packaging. A
 * classification that arrives before it loads the model itself.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ModelRegistry {

  private static final Logger LOG = Logger.getLogger(ModelRegistry.class.getName());

  @Inject
  @ConfigProperty(name = "duskspendr.ml.model.poll-interval", defaultValue = "PT30S")
  Duration pollInterval;

  @EJB ModelStore store;
  @Resource TimerService timers;

  private static final Duration RETRY_LOAD_AFTER = Duration.ofSeconds(5);
  private static final Duration FIRST_POLL_AFTER = Duration.ofSeconds(5);

  private final ActiveModelHolder holder = new ActiveModelHolder();
  private volatile long lastLoadAttempt = System.nanoTime() - RETRY_LOAD_AFTER.toNanos();

  @PostConstruct
  void schedulePolling() {
    long every = Math.max(1_000, pollInterval.toMillis());
    // The first poll waits a little for the schema migrations of the deployment (see the class comment).
    timers.createIntervalTimer(FIRST_POLL_AFTER.toMillis(), every, new TimerConfig("ml-model-poll", false));
  }

  @Timeout
  void poll() {
    try {
      refresh();
    } catch (RuntimeException failure) {
      // Retried at the next poll; the model in memory (if any) keeps serving meanwhile.
      LOG.warning("Could not follow the active categorization model: " + failure);
    }
  }

  /**
   * The model to classify with; empty only while no model could be loaded at all. Without one, it tries to
   * load it itself, at most every few seconds: a burst of messages must not each retry a failing load.
   */
  public Optional<LoadedModel> current() {
    Optional<LoadedModel> loaded = holder.current();
    if (loaded.isPresent()) {
      return loaded;
    }
    long now = System.nanoTime();
    if (now - lastLoadAttempt >= RETRY_LOAD_AFTER.toNanos()) {
      lastLoadAttempt = now;
      try {
        refresh();
      } catch (RuntimeException failure) {
        LOG.warning("No categorization model available: " + failure);
      }
    }
    return holder.current();
  }

  /** Loads the active version now if it is not the one in memory (bootstrapping first on an empty database). */
  public void refresh() {
    Optional<Long> activeId = store.activeId();
    if (activeId.isEmpty()) {
      if (store.bootstrapIfEmpty("seed-" + SeedTrainingSet.version(), BootstrapModel::get)) {
        LOG.info("Stored and activated the bootstrap categorization model");
      }
      activeId = store.activeId();
    }
    activeId.ifPresent(id -> {
      if (holder.follow(id, this::load)) {
        LOG.info(() -> "Categorizing with model " + holder.current().map(LoadedModel::version).orElse("?"));
      }
    });
  }

  private LoadedModel load(long id) {
    return store.bytes(id)
        .map(stored -> new LoadedModel(stored.id(), stored.version(), ClassifierModel.load(stored.bytes())))
        .orElse(null);
  }
}
