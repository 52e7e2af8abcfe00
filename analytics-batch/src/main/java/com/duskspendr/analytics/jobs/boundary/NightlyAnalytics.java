package com.duskspendr.analytics.jobs.boundary;

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
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts {@code analytics-nightly} every day at {@code duskspendr.analytics.nightly.time} (UTC, default
 * 02:00) unless {@code duskspendr.analytics.nightly.enabled} is false. A non-persistent timer on every
 * instance: each fires, the job's ClusterLock lets one of them run it (the others end SKIPPED).
 */
@Singleton
@Startup
public class NightlyAnalytics {

  private static final Logger LOG = Logger.getLogger(NightlyAnalytics.class.getName());

  @Inject
  @ConfigProperty(name = "duskspendr.analytics.nightly.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "duskspendr.analytics.nightly.time", defaultValue = "02:00")
  String time;

  @Resource TimerService timers;
  @EJB DefaultJobControl jobs;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      return;
    }
    LocalTime at;
    try {
      at = LocalTime.parse(time.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("duskspendr.analytics.nightly.time must be HH:mm (UTC), not " + time, e);
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0).timezone("UTC"),
        new TimerConfig("analytics-nightly", false));
  }

  @Timeout
  void nightly() {
    jobs.startIfIdle(DefaultJobControl.NIGHTLY);
    LOG.info("Nightly analytics started");
  }
}
