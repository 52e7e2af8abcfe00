package com.duskspendr.notifications.push.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a device is reached, named by protocol: a browser's Web Push subscription, an Android (or any FCM)
 * app's registration token, an Apple device's APNs token.
 */
public enum Platform {
  WEBPUSH("webpush", "web"),
  FCM("fcm", "android"),
  APNS("apns", "ios");

  private final String wireName;
  /** The name by device kind, as the product spec's API has it ({@code ios|android|web}); read, never written. */
  private final String deviceName;

  Platform(String wireName, String deviceName) {
    this.wireName = wireName;
    this.deviceName = deviceName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Platform> fromWire(String text) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(text) || p.deviceName.equals(text)).findFirst();
  }
}
