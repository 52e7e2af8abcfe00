package com.duskspendr.notifications.digest.boundary;

import com.duskspendr.notifications.digest.control.DigestSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the digest every {@code duskspendr.notifications.digest.check-interval} on every instance (a
 * non-persistent timer: a missed run is made good by the next, since a digest is due all week from its
 * moment on). Instances need no lock between them: each account's week is marked sent insert-if-absent
 * before anything is read, so only one instance sends it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestTimer {

  private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

  @Resource TimerService timers;
  @EJB DigestService digests;
  @Inject DigestSettings settings;

  @PostConstruct
  void start() {
    if (!settings.enabled()) {
      LOG.info("Weekly digest timer off (duskspendr.notifications.digest.enabled=false)");
      return;
    }
    long millis = settings.checkInterval().toMillis();
    // The first run waits for start-up to finish: the migrations run in another module's start-up bean.
    timers.createIntervalTimer(60_000, millis, new TimerConfig("weekly-digest", false));
  }

  @Timeout
  public void onTimer() {
    try {
      digests.runAll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Weekly digest run failed; the next one tries again", e);
    }
  }
}
