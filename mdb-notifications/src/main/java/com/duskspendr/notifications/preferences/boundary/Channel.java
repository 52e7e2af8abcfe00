package com.duskspendr.notifications.preferences.boundary;

import java.util.Arrays;
import java.util.Optional;

/** A way a notification reaches its user; {@link #wireName()} is how the API and the database spell it. */
public enum Channel {
  IN_APP("in_app"),
  PUSH("push"),
  EMAIL("email"),
  SMS("sms"),
  WEBHOOK("webhook");

  private final String wireName;

  Channel(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /**
   * Whether quiet hours hold this channel back. In-app entries make no sound, and webhooks go to an
   * integrator's server, not to a person: only push, email and SMS wait for the quiet hours to end.
   */
  public boolean disturbs() {
    return this == PUSH || this == EMAIL || this == SMS;
  }

  public static Optional<Channel> fromWire(String text) {
    return Arrays.stream(values()).filter(c -> c.wireName.equals(text)).findFirst();
  }
}
