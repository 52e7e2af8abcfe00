package com.duskspendr.notifications.digest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The digest's configuration (README, configuration table). */
@ApplicationScoped
public class DigestSettings {

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.digest.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.digest.check-interval", defaultValue = "PT15M")
  Duration checkInterval;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.digest.day-of-week", defaultValue = "MONDAY")
  DayOfWeek day;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.digest.local-time", defaultValue = "08:00")
  LocalTime time;

  /** Whether the timer runs; the admin API can run the digest either way. */
  public boolean enabled() {
    return enabled;
  }

  /** How often the timer looks for accounts whose digest is due; at least a minute. */
  public Duration checkInterval() {
    return checkInterval.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : checkInterval;
  }

  public DigestSchedule schedule() {
    return new DigestSchedule(day, time);
  }
}
