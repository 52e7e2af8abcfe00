package com.duskspendr.ml.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the retraining job every night at {@code duskspendr.ml.retrain.hour} (UTC, default 3) when {@code
 * duskspendr.ml.retrain.nightly} is true (the default). Every instance's timer fires; the run's advisory
 * lock and its "already ran tonight" check let exactly one of them retrain.
 */
@Singleton
@Startup
public class NightlyRetraining {

  static final String TRIGGER = "nightly";
  private static final Logger LOG = Logger.getLogger(NightlyRetraining.class.getName());

  @Inject
  @ConfigProperty(name = "duskspendr.ml.retrain.nightly", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "duskspendr.ml.retrain.hour", defaultValue = "3")
  int hour;

  @Resource TimerService timers;
  @EJB Retraining retraining;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      return;
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalStateException("duskspendr.ml.retrain.hour must be 0..23, not " + hour);
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(0).second(0).timezone("UTC"),
        new TimerConfig("ml-nightly-retrain", false));
  }

  @Timeout
  void nightly() {
    long execution = retraining.start(TRIGGER);
    LOG.info(() -> "Nightly retraining started (job execution " + execution + ")");
  }
}
