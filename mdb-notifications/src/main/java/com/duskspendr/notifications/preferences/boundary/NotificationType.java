package com.duskspendr.notifications.preferences.boundary;

import java.util.Arrays;
import java.util.Optional;

/** What a notification is about; each type has its own channels in the user's settings. */
public enum NotificationType {
  BUDGET("budget", false),
  ANOMALY("anomaly", false),
  LARGE_TRANSACTION("large_transaction", false),
  SECURITY("security", true),
  DIGEST("digest", false);

  private final String wireName;
  private final boolean urgent;

  NotificationType(String wireName, boolean urgent) {
    this.wireName = wireName;
    this.urgent = urgent;
  }

  public String wireName() {
    return wireName;
  }

  /** Urgent notifications (security) never wait for quiet hours to end: the user must act at once. */
  public boolean urgent() {
    return urgent;
  }

  public static Optional<NotificationType> fromWire(String text) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(text)).findFirst();
  }
}
