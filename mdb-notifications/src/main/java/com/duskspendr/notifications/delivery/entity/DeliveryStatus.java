package com.duskspendr.notifications.delivery.entity;

/** {@code pending}: due at {@code next_attempt_at}; {@code skipped}: the channel could not take it (said why). */
public enum DeliveryStatus {
  PENDING, SENT, FAILED, SKIPPED;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static DeliveryStatus fromWire(String text) {
    return valueOf(text.toUpperCase(java.util.Locale.ROOT));
  }
}
